// Chooses the response format from the Accept header, and sends browsers on a v1 URL to the docs.
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify'
import fp from 'fastify-plugin'
import Negotiator from 'negotiator'
import { ApiError } from '../errors.ts'
import type { Format } from '../formats/format.ts'
import { FORMATS } from '../formats/index.ts'
import { routeConfigOf } from '../http/route-config.ts'
import type { SwitchBoard } from '../switches/switch-board.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route answers with people, which CSV can carry as rows. */
    tabular?: boolean
    /** The docs section of this resource, where browsers are sent. */
    docs?: string
    /** When a GET counts as a browser's and is sent to `docs` (see PeopleRepresentation). */
    redirectBrowsers?: 'unless-data-format-named' | 'when-html-preferred'
    /** False for a route that always answers in one type of its own, such as the HTML docs. */
    negotiated?: boolean
  }
  interface FastifyRequest {
    format: Format | null
  }
}

export interface Offer {
  /** Each media type offered, with the parameters of what is sent: `text/csv; charset=utf-8; header=present`. */
  formats: Map<string, { format: Format, mediaType: string }>
  /** Every type a client may ask for, aliases last, so that among equals a proper name wins. */
  mediaTypes: string[]
  /** The same without the aliases. */
  properMediaTypes: string[]
  /** The proper names alone, without parameters, for messages and documents. */
  advertised: string[]
}

/**
 * RFC 9110 §12.5.1: a range's parameters must be among those of the type it
 * matches. A client asking for `application/json; charset=utf-8`, or for the
 * very Content-Type a CSV answer carries, asks for what is sent, so each name
 * is offered with the parameters of the format's Content-Type.
 */
function offered (mediaType: string, { contentType }: Format): string {
  const parameters = contentType.indexOf(';')
  return parameters === -1 ? mediaType : `${mediaType}${contentType.slice(parameters)}`
}

/** What can be answered with these formats: to negotiate against, and to name in a 406. */
export function offerOf (formats: readonly Format[]): Offer {
  const entryOf = (format: Format, mediaType: string) => [offered(mediaType, format), { format, mediaType }] as const
  const proper = formats.flatMap(format => format.produces.map(mediaType => entryOf(format, mediaType)))
  const aliases = formats.filter(format => format.produces.length > 0).flatMap(format => format.aliases.map(mediaType => entryOf(format, mediaType)))
  const entries = [...proper, ...aliases]
  return {
    formats: new Map(entries),
    mediaTypes: entries.map(([type]) => type),
    properMediaTypes: proper.map(([type]) => type),
    advertised: proper.map(([, { mediaType }]) => mediaType)
  }
}

/** What can be offered while these formats are switched on: to tabular routes, and to all others. */
function offersOf (enabled: readonly Format[]): { tabular: Offer, envelope: Offer } {
  return { tabular: offerOf(enabled), envelope: offerOf(enabled.filter(format => format.carries === 'anything')) }
}

/** Recomputes the offers only when the switches were reloaded, never per request. */
function offersFollowing (board: SwitchBoard): () => { tabular: Offer, envelope: Offer } {
  let seen: unknown
  let offers = offersOf(FORMATS)
  return () => {
    if (board.value !== seen) {
      seen = board.value
      offers = offersOf(FORMATS.filter(format => format.switch === undefined || board.isOn(format.switch)))
    }
    return offers
  }
}

/**
 * RFC 9110 §12.5.1: the highest q wins, q=0 excludes, a more specific range
 * overrides a wider one; among equals the client's order, then ours, decides.
 */
export function chooseFormat (accept: string | undefined, offer: Offer): Format | undefined {
  return chooseMediaType(accept, offer)?.format
}

function chooseMediaType (accept: string | undefined, offer: Offer): { format: Format, mediaType: string } | undefined {
  const range = blankToAny(accept)
  const negotiator = new Negotiator({ headers: { accept: range } })
  const chosen = negotiator.mediaType(offer.mediaTypes)
  const choice = chosen === undefined ? undefined : offer.formats.get(chosen)
  // An alias answers only to its own name: text/* asks for text, not for YAML.
  if (choice !== undefined && !offer.advertised.includes(choice.mediaType) && !range.toLowerCase().includes(choice.mediaType)) {
    const proper = negotiator.mediaType(offer.properMediaTypes)
    return proper === undefined ? undefined : offer.formats.get(proper)
  }
  return choice
}

/**
 * The format's own Content-Type, or the other registered name it answers to
 * when the client asked by that name; an alias is answered with the proper name.
 */
function contentTypeOf ({ format, mediaType }: { format: Format, mediaType: string }): string {
  return format.produces.includes(mediaType) && mediaType !== format.produces[0] ? mediaType : format.contentType
}

/**
 * v1, like the original: a browser or a client that says nothing. Accept would
 * take HTML (no header, *\/*, text/html…) and names none of our data formats
 * except through *\/*.
 */
export function wantsDocs (accept: string | undefined, offer: Offer): boolean {
  const negotiator = new Negotiator({ headers: { accept: blankToAny(accept) } })
  if (negotiator.mediaType(['text/html']) === undefined) return false
  const namesDataFormat = negotiator.mediaTypes().some(range =>
    range !== '*/*' && new Negotiator({ headers: { accept: range } }).mediaType(offer.mediaTypes) !== undefined)
  return !namesDataFormat
}

/** v2: only a client that prefers HTML to all our formats, as a browser does. */
export function prefersHtml (accept: string | undefined, offer: Offer): boolean {
  const negotiator = new Negotiator({ headers: { accept: blankToAny(accept) } })
  return negotiator.mediaType([...offer.mediaTypes, 'text/html']) === 'text/html'
}

type RedirectPolicy = 'unless-data-format-named' | 'when-html-preferred'

function isBrowser (accept: string | undefined, offer: Offer, policy: RedirectPolicy): boolean {
  return policy === 'when-html-preferred' ? prefersHtml(accept, offer) : wantsDocs(accept, offer)
}

// An empty Accept header says nothing, like a missing one.
function blankToAny (accept: string | undefined): string {
  return accept === undefined || accept.trim() === '' ? '*/*' : accept
}

function notAcceptable (offer: Offer): ApiError {
  return new ApiError('NOT_ACCEPTABLE', `None of the types in Accept can be produced here; ask for one of: ${offer.advertised.join(', ')}`)
}

/** Adds Accept to Vary, keeping what others put there (CORS adds Origin). */
function varyOnAccept (reply: FastifyReply): void {
  const vary = reply.getHeader('vary')
  reply.header('vary', vary === undefined || vary === '' ? 'Accept' : `${String(vary)}, Accept`)
}

function sendToDocs (reply: FastifyReply, docs: string): FastifyReply {
  // A fixed path from the route table, never from the request: no open redirect.
  const body = `<!doctype html>\n<meta charset="utf-8">\n<title>See the documentation</title>\n<p>This URL belongs to an API. Its documentation is at <a href="${docs}">${docs}</a>.</p>\n`
  varyOnAccept(reply)
  return reply.code(303).header('location', docs).type('text/html; charset=utf-8').send(body)
}

/** Makes the reply written by `serialize` instead of the JSON serializer compiled from the schema. */
export function useFormat (reply: FastifyReply, serialize: (payload: unknown) => string | Buffer, contentType: string): void {
  // Fastify's types promise a string, but it sends a Buffer (MessagePack) as it is.
  reply.type(contentType).serializer(serialize as (payload: unknown) => string)
}

interface Decision {
  isBrowser: boolean
  chosen: { format: Format, mediaType: string } | undefined
}

// Clients send the same few Accept headers again and again, so each answer is
// worked out once per offer. The bound keeps a client sending endless
// different headers from growing it without end.
const MAX_DECISIONS = 500
const decisionsByOffer = new WeakMap<Offer, Map<string, Decision>>()

function decide (accept: string | undefined, offer: Offer, policy: RedirectPolicy | undefined): Decision {
  let decisions = decisionsByOffer.get(offer)
  if (decisions === undefined) {
    decisions = new Map()
    decisionsByOffer.set(offer, decisions)
  }
  const key = `${policy ?? ''}\n${accept ?? ''}`
  let decision = decisions.get(key)
  if (decision === undefined) {
    decision = { isBrowser: policy !== undefined && isBrowser(accept, offer, policy), chosen: chooseMediaType(accept, offer) }
    if (decisions.size >= MAX_DECISIONS) decisions.clear()
    decisions.set(key, decision)
  }
  return decision
}

export default fp<{ board: SwitchBoard }>(async function negotiation (app, { board }) {
  app.decorateRequest('format', null)
  const currentOffers = offersFollowing(board)

  // Runs before authentication, so that a browser without a key lands on the docs, not on a 401.
  // A callback hook, like every hook on the hot path (see callback-hook.ts).
  app.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const config = routeConfigOf(request)
    if (request.is404 || request.method === 'OPTIONS' || config.negotiated === false) {
      done()
      return
    }
    const offers = currentOffers()
    const offer = config.tabular === true ? offers.tabular : offers.envelope
    const isRead = request.method === 'GET' || request.method === 'HEAD'
    const { docs, redirectBrowsers } = config
    const decision = decide(request.headers.accept, offer, isRead && docs !== undefined ? redirectBrowsers : undefined)
    if (docs !== undefined && decision.isBrowser) {
      // Answered here: a callback hook that sends does not call done().
      sendToDocs(reply, docs)
      return
    }

    varyOnAccept(reply)
    const { chosen } = decision
    if (chosen === undefined) {
      done(notAcceptable(offer))
      return
    }
    request.format = chosen.format
    if (chosen.format.serialize !== undefined) useFormat(reply, chosen.format.serialize, contentTypeOf(chosen))
    done()
  })
}, { name: 'negotiation' })
