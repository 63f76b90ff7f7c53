// Reads a V8 .cpuprofile (node --cpu-prof) and sums its time by function, by module, and by module on the stack.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

interface CallFrame { functionName: string, url: string, lineNumber: number }
interface CpuProfile {
  nodes: Array<{ id: number, callFrame: CallFrame, children?: number[] }>
  startTime: number
  samples: number[]
  timeDeltas: number[]
}

export interface CostLine {
  name: string
  ms: number
  /** Of the time the process was busy (not idle). */
  share: number
  /** Per request answered meanwhile, when that count is known. */
  usPerRequest?: number
}

export interface ProfileSummary {
  label: string
  file: string
  /** 'load window' when the samples could be cut to the measured load, else 'whole process'. */
  span: 'load window' | 'whole process'
  busyMs: number
  idleMs: number
  /** Self time: spent in the function itself. */
  functions: CostLine[]
  modules: CostLine[]
  /** Inclusive time of our own files and of the packages behind a feature: in them and in all they call. */
  features: CostLine[]
}

const ROOT = `${pathToFileURL(process.cwd()).href}/`

/** Functions without a file: V8's own entries, code generated at run time, and native bindings. */
function nativeGroupOf (functionName: string): string {
  if (functionName.startsWith('(')) return functionName
  if (/^validate\d*$/.test(functionName)) return '(ajv validators, generated)'
  if (functionName.startsWith('RegExp:')) return '(regular expressions)'
  if (functionName === '' || functionName === 'anonymous') return '(generated code)'
  // writeUtf8String, for one, is the write(2) of a response to its socket.
  return `(native) ${functionName}`
}

/** Where a function lives: a package, a Node.js core module, a file of ours, or V8 itself. */
function moduleOf ({ url, functionName }: CallFrame): string {
  if (url === '') return nativeGroupOf(functionName)
  if (url.startsWith('node:')) return `node:${url.replace(/^node:(internal\/)?/, '').split('/')[0] ?? ''}`
  const packagePath = url.split('/node_modules/').at(-1)
  if (packagePath !== undefined && packagePath !== url) {
    const [scope = '', name = ''] = packagePath.split('/')
    return scope.startsWith('@') ? `${scope}/${name}` : scope
  }
  return url.startsWith(ROOT) ? url.slice(ROOT.length) : url
}

function shortUrl (url: string): string {
  if (url.includes('/node_modules/')) return url.split('/node_modules/').at(-1) ?? url
  return url.startsWith(ROOT) ? url.slice(ROOT.length) : url
}

function functionOf (frame: CallFrame): string {
  const name = frame.functionName === '' ? '(anonymous)' : frame.functionName
  return frame.url === '' ? name : `${name} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`
}

// Packages that are a feature of the app, called by Fastify as hooks rather than from our files.
const FEATURE_PACKAGES = new Set(['@fastify/helmet', 'helmet', '@fastify/rate-limit', '@fastify/cors', 'pino', 'sonic-boom', 'negotiator'])

function topOf (totals: Map<string, number>, busyMs: number, count: number, requests: number | undefined): CostLine[] {
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => ({
    name,
    ms,
    share: ms / busyMs,
    ...(requests === undefined ? {} : { usPerRequest: ms * 1000 / requests })
  }))
}

/** Every module on the stack of each profile node, computed once per node from its parent's. */
function stackModules (profile: CpuProfile): (id: number) => Set<string> {
  const parents = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
  const frames = new Map(profile.nodes.map(node => [node.id, node.callFrame]))
  const known = new Map<number, Set<string>>()
  const modulesOf = (id: number): Set<string> => {
    const cached = known.get(id)
    if (cached !== undefined) return cached
    const parent = parents.get(id)
    const modules = new Set(parent === undefined ? [] : modulesOf(parent))
    const frame = frames.get(id)
    if (frame !== undefined) modules.add(moduleOf(frame))
    known.set(id, modules)
    return modules
  }
  return modulesOf
}

/**
 * Self time per sample is the time until the next sample. `window` (µs on the
 * monotonic clock, which V8's timestamps and process.hrtime share on Linux)
 * keeps only the samples taken while the load ran.
 */
export function summarizeProfile (label: string, file: string, window?: { from: number, to: number }, requests?: number): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
  const frames = new Map(profile.nodes.map(node => [node.id, node.callFrame]))
  const times: number[] = []
  let now = profile.startTime
  for (const delta of profile.timeDeltas) times.push(now += delta)
  const inWindow = (index: number): boolean => window === undefined || ((times[index] ?? 0) >= window.from && (times[index] ?? 0) <= window.to)
  const windowed = window !== undefined && profile.samples.filter((_, index) => inWindow(index)).length > profile.samples.length / 10
  // Time per request only makes sense when the samples are those of the load.
  const perRequest = windowed ? requests : undefined
  const byFunction = new Map<string, number>()
  const byModule = new Map<string, number>()
  const byFeature = new Map<string, number>()
  const modulesOnStack = stackModules(profile)
  let busyMs = 0
  let idleMs = 0
  profile.samples.forEach((id, index) => {
    if (windowed && !inWindow(index)) return
    const frame = frames.get(id)
    const ms = ((times[index + 1] ?? times[index] ?? 0) - (times[index] ?? 0)) / 1000
    if (frame === undefined) return
    if (frame.functionName === '(idle)') {
      idleMs += ms
      return
    }
    busyMs += ms
    const name = functionOf(frame)
    const module = moduleOf(frame)
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms)
    byModule.set(module, (byModule.get(module) ?? 0) + ms)
    for (const onStack of modulesOnStack(id)) {
      if (onStack.startsWith('src/') || FEATURE_PACKAGES.has(onStack)) byFeature.set(onStack, (byFeature.get(onStack) ?? 0) + ms)
    }
  })
  return {
    label,
    file,
    span: windowed ? 'load window' : 'whole process',
    busyMs,
    idleMs,
    functions: topOf(byFunction, busyMs, 25, perRequest),
    modules: topOf(byModule, busyMs, 20, perRequest),
    features: topOf(byFeature, busyMs, 25, perRequest)
  }
}
