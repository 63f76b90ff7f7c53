// Puts every route of a version behind that version's switch, so switching v1 off closes all of /v1.
import type { FastifyInstance } from 'fastify'
import type { SwitchName } from '../switches/switch-names.ts'

export function behindSwitch (app: FastifyInstance, name: SwitchName): void {
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, switches: [name, ...route.config?.switches ?? []] }
  })
}
