// RFC 3339's date-time, read as JSON Schema's `date-time` format reads it, by the validator and by code alike.
import { fullFormats } from 'ajv-formats/dist/formats.js'

/** The format as Ajv takes it: a time zone offset is required, and a day must exist in its month. */
export const DATE_TIME_FORMAT = fullFormats['date-time']

// The format is a { validate, compare } pair; its type is a union of every kind of format.
export const isDateTime = (DATE_TIME_FORMAT as { validate: (text: string) => boolean }).validate
