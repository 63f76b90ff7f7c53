// Which characters a name may hold, after RFC 8264's FreeformClass: one rule for the names of people and of keys, in the API and the command line.

/**
 * Refused anywhere, on their own: control characters, format characters
 * (bidi overrides and isolates, zero-width space, byte order mark, soft
 * hyphen, tag characters…) and the other default-ignorable code points
 * (Hangul fillers, variation selectors…). All of them are invisible or
 * reorder text, so two names could look alike or a name could rearrange the
 * line it is shown in.
 */
const REFUSED = '\\p{Cc}\\p{Cf}\\p{Default_Ignorable_Code_Point}'

// Combining class 9 (virama) in Unicode 17: a joiner after one picks a
// conjunct's form in Brahmic scripts, as RFC 5892's CONTEXTJ rules allow.
const VIRAMAS = '\\u094D\\u09CD\\u0A4D\\u0ACD\\u0B4D\\u0BCD\\u0C4D\\u0CCD\\u0D3B\\u0D3C\\u0D4D\\u0DCA\\u0E3A\\u0EBA\\u0F84' +
  '\\u1039\\u103A\\u1714\\u1715\\u1734\\u17D2\\u1A60\\u1B44\\u1BAA\\u1BAB\\u1BF2\\u1BF3\\u2D7F\\uA806\\uA82C\\uA8C4\\uA953\\uA9C0\\uAAF6\\uABED' +
  '\\u{10A3F}\\u{11046}\\u{11070}\\u{1107F}\\u{110B9}\\u{11133}\\u{11134}\\u{111C0}\\u{11235}\\u{112EA}\\u{1134D}\\u{113CE}-\\u{113D0}\\u{11442}' +
  '\\u{114C2}\\u{115BF}\\u{1163F}\\u{116B6}\\u{1172B}\\u{11839}\\u{1193D}\\u{1193E}\\u{119E0}\\u{11A34}\\u{11A47}\\u{11A99}\\u{11C3F}\\u{11D44}' +
  '\\u{11D45}\\u{11D97}\\u{11F41}\\u{11F42}\\u{1612F}'

// Scripts whose letters join, where a zero-width non-joiner keeps two apart
// (Persian می‌خواهم): RFC 5892 asks for joining types, which patterns cannot
// name, so their scripts stand in.
const JOINING = '[\\p{scx=Arabic}\\p{scx=Syriac}\\p{scx=Nko}\\p{scx=Mongolian}\\p{scx=Adlam}\\p{scx=Mandaic}' +
  '\\p{scx=Manichaean}\\p{scx=Psalter_Pahlavi}\\p{scx=Phags_Pa}\\p{scx=Hanifi_Rohingya}\\p{scx=Sogdian}]'
const JOINING_LETTER = `(?=${JOINING})[\\p{L}\\p{M}]`

/**
 * The few places where a refused character is part of what a reader sees:
 * joiners, each written as the character before it, the joiner, and (as a
 * lookahead) what must follow. Not every language's patterns have lookbehind,
 * so the character before is matched along with the joiner.
 */
const JOINERS = [
  // 👨‍👩‍👧, 👩🏽‍💻, 🏳️‍🌈: a zero-width joiner between two pictographs.
  '\\p{Extended_Pictographic}\\p{Emoji_Modifier}?\\uFE0F?\\u200D(?=\\p{Extended_Pictographic})',
  // A joiner or non-joiner after a virama, before the next letter.
  `[${VIRAMAS}][\\u200C\\u200D](?=\\p{L})`,
  // A non-joiner between two letters of a script whose letters join.
  `${JOINING_LETTER}\\u200C(?=${JOINING_LETTER})`
].join('|')

// ❤️, 1️⃣: a variation selector after an emoji chooses its text or emoji presentation.
const PRESENTATION = '\\p{Emoji}[\\uFE0E\\uFE0F]'

/**
 * A name as the profile sees it: no refused character except a joiner or a
 * presentation selector where it belongs, and no white space at either end.
 * Its only lookarounds are lookaheads.
 */
function namePattern (): string {
  const anyCharacter = `[^${REFUSED}]`
  const edgeCharacter = `[^\\s${REFUSED}]`
  // A joiner must be followed by something, so only a presentation selector
  // or a visible character ends a name.
  return `(?!\\s)(?:${JOINERS}|${PRESENTATION}|${anyCharacter})*(?:${PRESENTATION}|${edgeCharacter})`
}

/** What the name profile allows, in words for a client. */
export const NAME_RULES = 'no control characters, no invisible or bidi formatting characters (zero-width joiners only inside emoji sequences and the scripts that need them), no white space at either end'

export const NAME_LENGTH = { minLength: 1, maxLength: 100 } as const

/**
 * The JSON Schema `format` that names this profile. The profile needs
 * Unicode properties (`\p{…}`) that only ECMAScript with the `u` flag reads,
 * so it is checked as a format, in code, and the schemas' own patterns stay
 * portable (patterns.ts): a validator that does not know the format still
 * checks everything else, and only the profile is left to the server.
 */
export const NAME_FORMAT = 'name-profile'

const profiled = new RegExp(`^${namePattern()}$`, 'u')

/** Whether a name holds only what the profile allows, whatever its length. */
export function isProfiledName (name: string): boolean {
  return profiled.test(name)
}

/** The schema's check in code, for the command line: lengths in code points, as the validator counts them. */
export function isKeyName (name: string): boolean {
  const length = [...name].length
  return length >= NAME_LENGTH.minLength && length <= NAME_LENGTH.maxLength && isProfiledName(name)
}

export const KEY_NAME_MESSAGE = 'must be 1 to 100 characters, without control characters, invisible or bidi formatting characters, or white space at either end'
