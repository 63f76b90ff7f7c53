// Types of the v2 API, generated from openapi/v2.json by `npm run openapi`; do not edit.
export type paths = {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is the process alive? */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Can this instance serve: does the store answer? Is anything degraded? */
        get: operations["getReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/people/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one person */
        get: operations["v2GetPerson"];
        /** Create or replace a person */
        put: operations["v2PutPerson"];
        post?: never;
        /** Remove a person */
        delete: operations["v2DeletePerson"];
        options?: never;
        head?: never;
        /** Change some of a person's fields (JSON merge patch) */
        patch: operations["v2PatchPerson"];
        trace?: never;
    };
    "/v2/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List people by name, a page at a time */
        get: operations["v2ListPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What this key may do now */
        get: operations["v2GetCapabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /** Ok */
        Ok: {
            /** @enum {string} */
            status: "ok";
        };
        /** ErrorEnvelope */
        ErrorEnvelope: {
            /** @constant */
            status: "error";
            /** @description One human sentence. */
            message: string;
            /** @description The values at fault, at most 20; when there are more, "message" says how many. */
            errors?: {
                /** @description JSON Pointer to the value at fault. */
                path: string;
                message: string;
            }[];
        };
        /**
         * Readiness
         * @example {
         *       "store": "ok",
         *       "redis": "unreachable",
         *       "changeFeed": "ok"
         *     }
         */
        Readiness: {
            /**
             * @description read-only: the store is full; writes answer 507 and reads go on.
             * @enum {string}
             */
            store: "ok" | "read-only";
            /**
             * @description Present when REDIS_URL is set. unreachable: each instance counts rate limits on its own until Redis is back.
             * @enum {string}
             */
            redis?: "ok" | "connecting" | "unreachable";
            /**
             * @description Present on PostgreSQL. unreachable: changes to keys and switches arrive by polling until the feed is back.
             * @enum {string}
             */
            changeFeed?: "ok" | "unreachable";
        };
        /** Ready */
        Ready: {
            /** @enum {string} */
            status: "ok";
            result: components["schemas"]["Readiness"];
        };
        /** PersonV2 */
        PersonV2: {
            name: string;
            email: string;
            comment: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC; set when the person was first stored.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC; moves on every write.
             */
            updatedAt: string;
        };
        /** Problem */
        Problem: {
            /** @description Identifies the kind of problem; it resolves to its section of the docs. */
            type: string;
            /** @description The same for every problem of this type. */
            title: string;
            status: number;
            /** @description What went wrong this time, in one sentence. */
            detail: string;
            /** @description The path of the request that failed. */
            instance: string;
            /** @description The values at fault, at most 20; when there are more, "detail" says how many. */
            errors?: {
                /** @description JSON Pointer, as a URI fragment, to the value at fault. */
                pointer: string;
                detail: string;
            }[];
        };
        /** PersonBody */
        PersonBody: {
            /**
             * Format: name-profile
             * @description 1 to 100 code points (after NFC): no control characters, no invisible or bidi formatting characters (zero-width joiners only inside emoji sequences and the scripts that need them), no white space at either end; no "/", not "." or "..".
             * @example fred
             */
            name?: string;
            /** @example fred@example.com */
            email: string;
            /** @example Likes tea 🍵 */
            comment?: string | null;
        };
        /** PersonPatch */
        PersonPatch: {
            /**
             * Format: name-profile
             * @description 1 to 100 code points (after NFC): no control characters, no invisible or bidi formatting characters (zero-width joiners only inside emoji sequences and the scripts that need them), no white space at either end; no "/", not "." or "..".
             * @example fred
             */
            name?: string;
            /** @example fred@example.com */
            email?: string;
            /** @example Likes tea 🍵 */
            comment?: string | null;
        };
        /** PeoplePageV2 */
        PeoplePageV2: {
            items: components["schemas"]["PersonV2"][];
            /** @description URL of the next page, also sent as a Link header; null on the last page. */
            next: string | null;
        };
        /** Capabilities */
        Capabilities: {
            switches: {
                "people.read": boolean;
                "people.write": boolean;
                "people.delete": boolean;
                v1: boolean;
                v2: boolean;
                "format.yaml": boolean;
                "format.csv": boolean;
                "format.msgpack": boolean;
                "v1.deprecated": boolean;
                "v1.retired": boolean;
            };
            /** @description What this key may do. */
            capabilities: ("people:read" | "people:write" | "people:delete" | "metrics" | "admin")[];
            /**
             * Format: date-time
             * @description When this key stops working, so that a client can ask for a new one in time; null if it never does.
             */
            keyExpiresAt: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The request id: the one the client sent, if well formed, or a new one. */
        "X-Request-Id": string;
        /** @description What is left of this key's budget and when it resets (IETF draft), e.g. "per-key";r=42;t=30. */
        RateLimit: string;
        /** @description This key's budget (IETF draft), e.g. "per-key";q=6000;w=60. */
        "RateLimit-Policy": string;
        /** @description Seconds to wait before trying again. */
        "Retry-After": number;
        /** @description Bearer realm="rest-api-blueprint" */
        "WWW-Authenticate": string;
        /** @description RFC 5789: the media types a patch may be in, e.g. "application/merge-patch+json, application/json". */
        "Accept-Patch": string;
        /** @description A strong ETag of this representation. Of a person: their stored state and the format it is written in, so JSON and YAML differ; the same through every version. Of a page: the people on it, its next link, the version and the format; send it back in If-None-Match to get 304 while nobody on the page has changed. */
        ETag: string;
        /** @description "private, no-cache" on people: a browser may keep the answer, but asks again (with If-None-Match) before each use. "no-store" under /admin: no cache keeps a copy. */
        "Cache-Control": string;
        /** @description The URL of the created resource. */
        Location: string;
        /** @description RFC 8288 links: rel="next" to the next page of a list. */
        Link: string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                    "application/yaml": components["schemas"]["Ok"];
                    "application/msgpack": components["schemas"]["Ok"];
                    "application/vnd.msgpack": components["schemas"]["Ok"];
                };
            };
            /** @description None of the types in Accept can be produced */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "No acceptable format"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "No acceptable format"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "No acceptable format"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "No acceptable format"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ready"];
                    "application/yaml": components["schemas"]["Ready"];
                    "application/msgpack": components["schemas"]["Ready"];
                    "application/vnd.msgpack": components["schemas"]["Ready"];
                };
            };
            /** @description None of the types in Accept can be produced */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "No acceptable format"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "No acceptable format"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "No acceptable format"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "No acceptable format"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The capability is switched off (no Retry-After: a person turns it back on), the store is unreachable (Retry-After: 2), or this instance is shutting down (Retry-After: 0) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is unreachable"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is unreachable"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is unreachable"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is unreachable"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    v2GetPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 1 to 100 code points (after NFC): no control characters, no invisible or bidi formatting characters (zero-width joiners only inside emoji sequences and the scripts that need them), no white space at either end; no "/", not "." or "..".
                 * @example fred
                 */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "fred",
                     *       "email": "fred@example.com",
                     *       "comment": null,
                     *       "createdAt": "2026-11-28T06:40:16.043Z",
                     *       "updatedAt": "2026-11-28T06:40:16.043Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PersonV2"];
                    /**
                     * @example {
                     *       "name": "fred",
                     *       "email": "fred@example.com",
                     *       "comment": null,
                     *       "createdAt": "2026-11-28T06:40:16.043Z",
                     *       "updatedAt": "2026-11-28T06:40:16.043Z"
                     *     }
                     */
                    "application/yaml": components["schemas"]["PersonV2"];
                    "text/csv": string;
                    /**
                     * @example {
                     *       "name": "fred",
                     *       "email": "fred@example.com",
                     *       "comment": null,
                     *       "createdAt": "2026-11-28T06:40:16.043Z",
                     *       "updatedAt": "2026-11-28T06:40:16.043Z"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["PersonV2"];
                    /**
                     * @example {
                     *       "name": "fred",
                     *       "email": "fred@example.com",
                     *       "comment": null,
                     *       "createdAt": "2026-11-28T06:40:16.043Z",
                     *       "updatedAt": "2026-11-28T06:40:16.043Z"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["PersonV2"];
                };
            };
            /** @description A browser is sent to the documentation instead */
            303: {
                headers: {
                    /** @description The docs section, /docs#v2-people */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified since the ETag in If-None-Match */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-invalid-request",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Authentication is required",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the capability this operation needs */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-forbidden",
                     *       "title": "The key lacks a capability",
                     *       "status": 403,
                     *       "detail": "The key lacks a capability",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Person does not exist */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-person-not-found",
                     *       "title": "Person does not exist",
                     *       "status": 404,
                     *       "detail": "Person does not exist",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the types in Accept can be produced */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-not-acceptable",
                     *       "title": "No acceptable format",
                     *       "status": 406,
                     *       "detail": "No acceptable format",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A part of the path is longer than the router reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-url-too-long",
                     *       "title": "The URL is too long",
                     *       "status": 414,
                     *       "detail": "The URL is too long",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached; Retry-After says when to come back */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server; quote the request id */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "Internal error",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The capability is switched off (no Retry-After: a person turns it back on), the store is unreachable (Retry-After: 2), or this instance is shutting down (Retry-After: 0) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-store-unavailable",
                     *       "title": "The store is unreachable",
                     *       "status": 503,
                     *       "detail": "The store is unreachable",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    v2PutPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 1 to 100 code points (after NFC): no control characters, no invisible or bidi formatting characters (zero-width joiners only inside emoji sequences and the scripts that need them), no white space at either end; no "/", not "." or "..".
                 * @example fred
                 */
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "fred@example.com",
                 *       "comment": "Likes tea 🍵"
                 *     }
                 */
                "application/json": components["schemas"]["PersonBody"];
                /**
                 * @example {
                 *       "email": "fred@example.com",
                 *       "comment": "Likes tea 🍵"
                 *     }
                 */
                "application/yaml": components["schemas"]["PersonBody"];
                /**
                 * @example {
                 *       "email": "fred@example.com",
                 *       "comment": "Likes tea 🍵"
                 *     }
                 */
                "application/msgpack": components["schemas"]["PersonBody"];
                /**
                 * @example {
                 *       "email": "fred@example.com",
                 *       "comment": "Likes tea 🍵"
                 *     }
                 */
                "application/vnd.msgpack": components["schemas"]["PersonBody"];
                /**
                 * @example {
                 *       "email": "fred@example.com",
                 *       "comment": "Likes tea 🍵"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["PersonBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "fred",
                     *       "email": "fred@example.com",
                     *       "comment": null,
                     *       "createdAt": "2026-11-28T06:40:16.043Z",
                     *       "updatedAt": "2026-11-28T06:40:16.043Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PersonV2"];
                    /**
                     * @example {
                     *       "name": "fred",
                     *       "email": "fred@example.com",
                     *       "comment": null,
                     *       "createdAt": "2026-11-28T06:40:16.043Z",
                     *       "updatedAt": "2026-11-28T06:40:16.043Z"
                     *     }
                     */
                    "application/yaml": components["schemas"]["PersonV2"];
                    "text/csv": string;
                    /**
                     * @example {
                     *       "name": "fred",
                     *       "email": "fred@example.com",
                     *       "comment": null,
                     *       "createdAt": "2026-11-28T06:40:16.043Z",
                     *       "updatedAt": "2026-11-28T06:40:16.043Z"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["PersonV2"];
                    /**
                     * @example {
                     *       "name": "fred",
                     *       "email": "fred@example.com",
                     *       "comment": null,
                     *       "createdAt": "2026-11-28T06:40:16.043Z",
                     *       "updatedAt": "2026-11-28T06:40:16.043Z"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["PersonV2"];
                };
            };
            /** @description Created; Location names the new resource */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "fred",
                     *       "email": "fred@example.com",
                     *       "comment": null,
                     *       "createdAt": "2026-11-28T06:40:16.043Z",
                     *       "updatedAt": "2026-11-28T06:40:16.043Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PersonV2"];
                    /**
                     * @example {
                     *       "name": "fred",
                     *       "email": "fred@example.com",
                     *       "comment": null,
                     *       "createdAt": "2026-11-28T06:40:16.043Z",
                     *       "updatedAt": "2026-11-28T06:40:16.043Z"
                     *     }
                     */
                    "application/yaml": components["schemas"]["PersonV2"];
                    "text/csv": string;
                    /**
                     * @example {
                     *       "name": "fred",
                     *       "email": "fred@example.com",
                     *       "comment": null,
                     *       "createdAt": "2026-11-28T06:40:16.043Z",
                     *       "updatedAt": "2026-11-28T06:40:16.043Z"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["PersonV2"];
                    /**
                     * @example {
                     *       "name": "fred",
                     *       "email": "fred@example.com",
                     *       "comment": null,
                     *       "createdAt": "2026-11-28T06:40:16.043Z",
                     *       "updatedAt": "2026-11-28T06:40:16.043Z"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["PersonV2"];
                };
            };
            /** @description The request is malformed or not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-invalid-request",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Authentication is required",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the capability this operation needs */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-forbidden",
                     *       "title": "The key lacks a capability",
                     *       "status": 403,
                     *       "detail": "The key lacks a capability",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the types in Accept can be produced */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-not-acceptable",
                     *       "title": "No acceptable format",
                     *       "status": 406,
                     *       "detail": "No acceptable format",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match or If-None-Match does not hold */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "Precondition failed",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-body-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A part of the path is longer than the router reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-url-too-long",
                     *       "title": "The URL is too long",
                     *       "status": 414,
                     *       "detail": "The URL is too long",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is in a type, charset or encoding the API cannot read */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This server requires If-Match, or If-None-Match: * to create, on every write (REQUIRE_PRECONDITIONS) */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-precondition-required",
                     *       "title": "A precondition is required",
                     *       "status": 428,
                     *       "detail": "A precondition is required",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached; Retry-After says when to come back */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server; quote the request id */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "Internal error",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The capability is switched off (no Retry-After: a person turns it back on), the store is unreachable (Retry-After: 2), or this instance is shutting down (Retry-After: 0) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-store-unavailable",
                     *       "title": "The store is unreachable",
                     *       "status": 503,
                     *       "detail": "The store is unreachable",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store has no room for this write; reads go on */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-store-full",
                     *       "title": "The store is full",
                     *       "status": 507,
                     *       "detail": "The store is full",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    v2DeletePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 1 to 100 code points (after NFC): no control characters, no invisible or bidi formatting characters (zero-width joiners only inside emoji sequences and the scripts that need them), no white space at either end; no "/", not "." or "..".
                 * @example fred
                 */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; nothing to show */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-invalid-request",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Authentication is required",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the capability this operation needs */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-forbidden",
                     *       "title": "The key lacks a capability",
                     *       "status": 403,
                     *       "detail": "The key lacks a capability",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Person does not exist */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-person-not-found",
                     *       "title": "Person does not exist",
                     *       "status": 404,
                     *       "detail": "Person does not exist",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the types in Accept can be produced */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-not-acceptable",
                     *       "title": "No acceptable format",
                     *       "status": 406,
                     *       "detail": "No acceptable format",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match or If-None-Match does not hold */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "Precondition failed",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A part of the path is longer than the router reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-url-too-long",
                     *       "title": "The URL is too long",
                     *       "status": 414,
                     *       "detail": "The URL is too long",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This server requires If-Match, or If-None-Match: * to create, on every write (REQUIRE_PRECONDITIONS) */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-precondition-required",
                     *       "title": "A precondition is required",
                     *       "status": 428,
                     *       "detail": "A precondition is required",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached; Retry-After says when to come back */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server; quote the request id */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "Internal error",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The capability is switched off (no Retry-After: a person turns it back on), the store is unreachable (Retry-After: 2), or this instance is shutting down (Retry-After: 0) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-store-unavailable",
                     *       "title": "The store is unreachable",
                     *       "status": 503,
                     *       "detail": "The store is unreachable",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store has no room for this write; reads go on */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-store-full",
                     *       "title": "The store is full",
                     *       "status": 507,
                     *       "detail": "The store is full",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    v2PatchPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 1 to 100 code points (after NFC): no control characters, no invisible or bidi formatting characters (zero-width joiners only inside emoji sequences and the scripts that need them), no white space at either end; no "/", not "." or "..".
                 * @example fred
                 */
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "comment": null
                 *     }
                 */
                "application/merge-patch+json": components["schemas"]["PersonPatch"];
                /**
                 * @example {
                 *       "comment": null
                 *     }
                 */
                "application/json": components["schemas"]["PersonPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "fred",
                     *       "email": "fred@example.com",
                     *       "comment": null,
                     *       "createdAt": "2026-11-28T06:40:16.043Z",
                     *       "updatedAt": "2026-11-28T06:40:16.043Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PersonV2"];
                    /**
                     * @example {
                     *       "name": "fred",
                     *       "email": "fred@example.com",
                     *       "comment": null,
                     *       "createdAt": "2026-11-28T06:40:16.043Z",
                     *       "updatedAt": "2026-11-28T06:40:16.043Z"
                     *     }
                     */
                    "application/yaml": components["schemas"]["PersonV2"];
                    "text/csv": string;
                    /**
                     * @example {
                     *       "name": "fred",
                     *       "email": "fred@example.com",
                     *       "comment": null,
                     *       "createdAt": "2026-11-28T06:40:16.043Z",
                     *       "updatedAt": "2026-11-28T06:40:16.043Z"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["PersonV2"];
                    /**
                     * @example {
                     *       "name": "fred",
                     *       "email": "fred@example.com",
                     *       "comment": null,
                     *       "createdAt": "2026-11-28T06:40:16.043Z",
                     *       "updatedAt": "2026-11-28T06:40:16.043Z"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["PersonV2"];
                };
            };
            /** @description The request is malformed or not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-invalid-request",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Authentication is required",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the capability this operation needs */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-forbidden",
                     *       "title": "The key lacks a capability",
                     *       "status": 403,
                     *       "detail": "The key lacks a capability",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Person does not exist */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-person-not-found",
                     *       "title": "Person does not exist",
                     *       "status": 404,
                     *       "detail": "Person does not exist",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the types in Accept can be produced */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-not-acceptable",
                     *       "title": "No acceptable format",
                     *       "status": 406,
                     *       "detail": "No acceptable format",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match or If-None-Match does not hold */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "Precondition failed",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-body-too-large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A part of the path is longer than the router reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-url-too-long",
                     *       "title": "The URL is too long",
                     *       "status": 414,
                     *       "detail": "The URL is too long",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is in a type, charset or encoding the API cannot read */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This server requires If-Match, or If-None-Match: * to create, on every write (REQUIRE_PRECONDITIONS) */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-precondition-required",
                     *       "title": "A precondition is required",
                     *       "status": 428,
                     *       "detail": "A precondition is required",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached; Retry-After says when to come back */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server; quote the request id */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "Internal error",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The capability is switched off (no Retry-After: a person turns it back on), the store is unreachable (Retry-After: 2), or this instance is shutting down (Retry-After: 0) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-store-unavailable",
                     *       "title": "The store is unreachable",
                     *       "status": 503,
                     *       "detail": "The store is unreachable",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store has no room for this write; reads go on */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-store-full",
                     *       "title": "The store is full",
                     *       "status": 507,
                     *       "detail": "The store is full",
                     *       "instance": "/v2/people/fred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    v2ListPeople: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque; copy it from the `next` link of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
                    Link: components["headers"]["Link"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeoplePageV2"];
                    "application/yaml": components["schemas"]["PeoplePageV2"];
                    "text/csv": string;
                    "application/msgpack": components["schemas"]["PeoplePageV2"];
                    "application/vnd.msgpack": components["schemas"]["PeoplePageV2"];
                };
            };
            /** @description A browser is sent to the documentation instead */
            303: {
                headers: {
                    /** @description The docs section, /docs#v2-people */
                    Location?: string;
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified since the ETag in If-None-Match */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-invalid-request",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "instance": "/v2/people"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Authentication is required",
                     *       "instance": "/v2/people"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the capability this operation needs */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-forbidden",
                     *       "title": "The key lacks a capability",
                     *       "status": 403,
                     *       "detail": "The key lacks a capability",
                     *       "instance": "/v2/people"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the types in Accept can be produced */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-not-acceptable",
                     *       "title": "No acceptable format",
                     *       "status": 406,
                     *       "detail": "No acceptable format",
                     *       "instance": "/v2/people"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached; Retry-After says when to come back */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "instance": "/v2/people"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server; quote the request id */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "Internal error",
                     *       "instance": "/v2/people"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The capability is switched off (no Retry-After: a person turns it back on), the store is unreachable (Retry-After: 2), or this instance is shutting down (Retry-After: 0) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-store-unavailable",
                     *       "title": "The store is unreachable",
                     *       "status": 503,
                     *       "detail": "The store is unreachable",
                     *       "instance": "/v2/people"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    v2GetCapabilities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Capabilities"];
                    "application/yaml": components["schemas"]["Capabilities"];
                    "application/msgpack": components["schemas"]["Capabilities"];
                    "application/vnd.msgpack": components["schemas"]["Capabilities"];
                };
            };
            /** @description The request is malformed or not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-invalid-request",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "instance": "/v2/capabilities"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No key, or a key that is unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-unauthenticated",
                     *       "title": "Authentication is required",
                     *       "status": 401,
                     *       "detail": "Authentication is required",
                     *       "instance": "/v2/capabilities"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the types in Accept can be produced */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-not-acceptable",
                     *       "title": "No acceptable format",
                     *       "status": 406,
                     *       "detail": "No acceptable format",
                     *       "instance": "/v2/capabilities"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit reached; Retry-After says when to come back */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests",
                     *       "instance": "/v2/capabilities"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server; quote the request id */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "Internal error",
                     *       "instance": "/v2/capabilities"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The capability is switched off (no Retry-After: a person turns it back on), the store is unreachable (Retry-After: 2), or this instance is shutting down (Retry-After: 0) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs#problem-store-unavailable",
                     *       "title": "The store is unreachable",
                     *       "status": 503,
                     *       "detail": "The store is unreachable",
                     *       "instance": "/v2/capabilities"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
