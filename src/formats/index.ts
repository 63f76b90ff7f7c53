// Every data format the API speaks. To add one (XML, say), write its module and add it here.
import { csv } from './csv.ts'
import type { Format } from './format.ts'
import { form } from './form.ts'
import { json } from './json.ts'
import { msgpack } from './msgpack.ts'
import { yaml } from './yaml.ts'

/** In the server's order of preference: when a client likes two equally, the first wins. */
export const FORMATS: readonly Format[] = [json, yaml, csv, msgpack, form]

export const DEFAULT_FORMAT = json
