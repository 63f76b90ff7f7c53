// Loaded into a target with --import: samples where its memory is allocated, young garbage included, between two messages over the IPC channel.
// Plain JavaScript, so that the target does not load Node's TypeScript stripper for it.
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'

// About one sample per KiB allocated. V8 scales each sample by the chance
// that an allocation of its size was drawn, so the sums estimate all bytes.
const SAMPLING_INTERVAL_BYTES = 1024

if (process.send !== undefined) {
  const session = new Session()
  session.connect()
  process.on('message', async message => {
    if (message === 'start') {
      // By default V8 keeps only samples of what is still alive when the
      // profile is taken; a request's garbage is most of what it allocates.
      await session.post('HeapProfiler.startSampling', {
        samplingInterval: SAMPLING_INTERVAL_BYTES,
        includeObjectsCollectedByMinorGC: true,
        includeObjectsCollectedByMajorGC: true
      })
      process.send?.('sampling')
    } else if (typeof message?.writeTo === 'string') {
      const { profile } = await session.post('HeapProfiler.stopSampling')
      writeFileSync(message.writeTo, JSON.stringify(profile))
      process.send?.('written')
    }
  })
  // The channel must not keep a target alive that would otherwise exit.
  process.channel?.unref()
}
