// Types of the v1 API, generated from openapi/v1.json by `npm run openapi`; do not edit.
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
    "/admin/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List keys, oldest first, a page at a time, without their secrets */
        get: operations["listKeys"];
        put?: never;
        /** Make a key; its secret is shown this once */
        post: operations["createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One key, without its secret */
        get: operations["getKey"];
        put?: never;
        post?: never;
        /** Revoke a key, at once, on every instance */
        delete: operations["revokeKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/switches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the capability switches */
        get: operations["listSwitches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/switches/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Turn a capability on or off, on every instance */
        put: operations["setSwitch"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Changes to keys and switches, who asked for them and when, newest first */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one person */
        get: operations["v1GetPerson"];
        /** Create or replace a person */
        put: operations["v1PutPerson"];
        post?: never;
        /** Remove a person */
        delete: operations["v1DeletePerson"];
        options?: never;
        head?: never;
        /** Change some of a person's fields (JSON merge patch) */
        patch: operations["v1PatchPerson"];
        trace?: never;
    };
    "/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List people by name, a page at a time */
        get: operations["v1ListPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What this key may do now */
        get: operations["v1GetCapabilities"];
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
        /** CreatedKey */
        CreatedKey: {
            id: string;
            name: string;
            capabilities: ("people:read" | "people:write" | "people:delete" | "metrics" | "admin")[];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the key was revoked; null while it is not.
             */
            revokedAt: string | null;
            /**
             * Format: date-time
             * @description When the key stops, or stopped, working; null if it never does.
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @description When the key was last used, to within a minute; null if it never was. A key whose holder was refused for a capability it lacks was still used.
             */
            lastUsedAt: string | null;
            /** @description The secret. It is shown this once and cannot be recovered. */
            key: string;
        };
        /** Key */
        Key: {
            id: string;
            name: string;
            capabilities: ("people:read" | "people:write" | "people:delete" | "metrics" | "admin")[];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the key was revoked; null while it is not.
             */
            revokedAt: string | null;
            /**
             * Format: date-time
             * @description When the key stops, or stopped, working; null if it never does.
             */
            expiresAt: string | null;
            /**
             * Format: date-time
             * @description When the key was last used, to within a minute; null if it never was. A key whose holder was refused for a capability it lacks was still used.
             */
            lastUsedAt: string | null;
        };
        /** KeysPage */
        KeysPage: {
            /** @enum {string} */
            status: "ok";
            result: components["schemas"]["Key"][];
            /** @description URL of the next page, or null on the last one. */
            next: string | null;
        };
        /** Switch */
        Switch: {
            /** @enum {string} */
            name: "people.read" | "people.write" | "people.delete" | "v1" | "v2" | "format.yaml" | "format.csv" | "format.msgpack" | "v1.deprecated" | "v1.retired";
            enabled: boolean;
            /**
             * Format: date-time
             * @description Null while the switch is at its default.
             */
            changedAt: string | null;
        };
        /** AdminEvent */
        AdminEvent: {
            /** @description Grows with every event; the newest has the highest. */
            id: number;
            /**
             * Format: date-time
             * @description When the change was made.
             */
            at: string;
            /** @description Who asked: a key's id (environment for BLUEPRINT_ADMIN_KEY), or "command line", or "first start". */
            actor: string;
            /** @description The request that made the change, as its log line names it; null outside a request. */
            requestId: string | null;
            /** @enum {string} */
            action: "key.create" | "key.revoke" | "switch.set";
            /** @description The key's id or the switch's name. */
            target: string;
            /** @description A new key's name, capabilities and expiresAt; a switch's enabled. */
            detail: {
                [key: string]: unknown;
            };
        };
        /** AdminEventsPage */
        AdminEventsPage: {
            /** @enum {string} */
            status: "ok";
            result: components["schemas"]["AdminEvent"][];
            /** @description URL of the next, older page, or null on the last one. */
            next: string | null;
        };
        /**
         * Person
         * @example {
         *       "name": "fred",
         *       "email": "fred@example.com",
         *       "comment": null
         *     }
         */
        Person: {
            name: string;
            email: string;
            comment: string | null;
        };
        /** PersonEnvelope */
        PersonEnvelope: {
            /** @enum {string} */
            status: "ok";
            result: components["schemas"]["Person"];
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
        /** PeoplePageEnvelope */
        PeoplePageEnvelope: {
            /** @enum {string} */
            status: "ok";
            result: components["schemas"]["Person"][];
            /** @description URL of the next page, or null on the last one. */
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
        /** CapabilitiesEnvelope */
        CapabilitiesEnvelope: {
            /** @enum {string} */
            status: "ok";
            result: components["schemas"]["Capabilities"];
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
        /** @description RFC 8288 links: rel="next" to the next page of a list; while v1 is deprecated or retired, rel="successor-version" to the same resource in v2 and rel="deprecation" to the docs. */
        Link: string;
        /** @description RFC 9745: present while v1 is deprecated or retired, the moment it was deprecated. */
        Deprecation: string;
        /** @description RFC 8594: present while v1 is deprecated, when it will stop answering; once it is retired, when it did. */
        Sunset: string;
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
    listKeys: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Only keys made after the key with this id; copy it from the next link. */
                after?: string;
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
                    Link: components["headers"]["Link"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeysPage"];
                    "application/yaml": components["schemas"]["KeysPage"];
                    "application/msgpack": components["schemas"]["KeysPage"];
                    "application/vnd.msgpack": components["schemas"]["KeysPage"];
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
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
    createKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: name-profile
                     * @description What the key is for, e.g. "ci": 1 to 100 code points, no control characters, no invisible or bidi formatting characters (zero-width joiners only inside emoji sequences and the scripts that need them), no white space at either end.
                     */
                    name: string;
                    capabilities: ("people:read" | "people:write" | "people:delete" | "metrics" | "admin")[];
                    /**
                     * Format: date-time
                     * @description When the key stops working, with its time zone offset; it must be in the future. Absent or null: the key works until it is revoked.
                     * @example 2027-01-31T12:00:00Z
                     */
                    expiresAt?: string | null;
                };
                "application/yaml": {
                    /**
                     * Format: name-profile
                     * @description What the key is for, e.g. "ci": 1 to 100 code points, no control characters, no invisible or bidi formatting characters (zero-width joiners only inside emoji sequences and the scripts that need them), no white space at either end.
                     */
                    name: string;
                    capabilities: ("people:read" | "people:write" | "people:delete" | "metrics" | "admin")[];
                    /**
                     * Format: date-time
                     * @description When the key stops working, with its time zone offset; it must be in the future. Absent or null: the key works until it is revoked.
                     * @example 2027-01-31T12:00:00Z
                     */
                    expiresAt?: string | null;
                };
                "application/msgpack": {
                    /**
                     * Format: name-profile
                     * @description What the key is for, e.g. "ci": 1 to 100 code points, no control characters, no invisible or bidi formatting characters (zero-width joiners only inside emoji sequences and the scripts that need them), no white space at either end.
                     */
                    name: string;
                    capabilities: ("people:read" | "people:write" | "people:delete" | "metrics" | "admin")[];
                    /**
                     * Format: date-time
                     * @description When the key stops working, with its time zone offset; it must be in the future. Absent or null: the key works until it is revoked.
                     * @example 2027-01-31T12:00:00Z
                     */
                    expiresAt?: string | null;
                };
                "application/vnd.msgpack": {
                    /**
                     * Format: name-profile
                     * @description What the key is for, e.g. "ci": 1 to 100 code points, no control characters, no invisible or bidi formatting characters (zero-width joiners only inside emoji sequences and the scripts that need them), no white space at either end.
                     */
                    name: string;
                    capabilities: ("people:read" | "people:write" | "people:delete" | "metrics" | "admin")[];
                    /**
                     * Format: date-time
                     * @description When the key stops working, with its time zone offset; it must be in the future. Absent or null: the key works until it is revoked.
                     * @example 2027-01-31T12:00:00Z
                     */
                    expiresAt?: string | null;
                };
                "application/x-www-form-urlencoded": {
                    /**
                     * Format: name-profile
                     * @description What the key is for, e.g. "ci": 1 to 100 code points, no control characters, no invisible or bidi formatting characters (zero-width joiners only inside emoji sequences and the scripts that need them), no white space at either end.
                     */
                    name: string;
                    capabilities: ("people:read" | "people:write" | "people:delete" | "metrics" | "admin")[];
                    /**
                     * Format: date-time
                     * @description When the key stops working, with its time zone offset; it must be in the future. Absent or null: the key works until it is revoked.
                     * @example 2027-01-31T12:00:00Z
                     */
                    expiresAt?: string | null;
                };
            };
        };
        responses: {
            /** @description Created; Location names the new resource */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Location: components["headers"]["Location"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["CreatedKey"];
                    };
                    "application/yaml": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["CreatedKey"];
                    };
                    "application/msgpack": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["CreatedKey"];
                    };
                    "application/vnd.msgpack": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["CreatedKey"];
                    };
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
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "The body is too large"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The body is too large"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The body is too large"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The body is too large"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Unsupported media type"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Unsupported media type"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Unsupported media type"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Unsupported media type"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["Key"];
                    };
                    "application/yaml": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["Key"];
                    };
                    "application/msgpack": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["Key"];
                    };
                    "application/vnd.msgpack": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["Key"];
                    };
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
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
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
                     *       "status": "error",
                     *       "message": "Key does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Key does not exist"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Key does not exist"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Key does not exist"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
            /** @description A part of the path is longer than the router reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
    revokeKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["Key"];
                    };
                    "application/yaml": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["Key"];
                    };
                    "application/msgpack": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["Key"];
                    };
                    "application/vnd.msgpack": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["Key"];
                    };
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
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
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
                     *       "status": "error",
                     *       "message": "Key does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Key does not exist"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Key does not exist"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Key does not exist"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
            /** @description A part of the path is longer than the router reads */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listSwitches: {
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
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["Switch"][];
                    };
                    "application/yaml": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["Switch"][];
                    };
                    "application/msgpack": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["Switch"][];
                    };
                    "application/vnd.msgpack": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["Switch"][];
                    };
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
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
    setSwitch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled: boolean;
                };
                "application/yaml": {
                    enabled: boolean;
                };
                "application/msgpack": {
                    enabled: boolean;
                };
                "application/vnd.msgpack": {
                    enabled: boolean;
                };
                "application/x-www-form-urlencoded": {
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["Switch"];
                    };
                    "application/yaml": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["Switch"];
                    };
                    "application/msgpack": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["Switch"];
                    };
                    "application/vnd.msgpack": {
                        /** @enum {string} */
                        status: "ok";
                        result: components["schemas"]["Switch"];
                    };
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
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Not found */
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
                     *       "status": "error",
                     *       "message": "Switch does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Switch does not exist"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Switch does not exist"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Switch does not exist"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "The body is too large"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The body is too large"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The body is too large"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The body is too large"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Unsupported media type"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Unsupported media type"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Unsupported media type"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Unsupported media type"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Only events older than the one with this id; copy it from the next link. */
                before?: number;
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
                    Link: components["headers"]["Link"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminEventsPage"];
                    "application/yaml": components["schemas"]["AdminEventsPage"];
                    "application/msgpack": components["schemas"]["AdminEventsPage"];
                    "application/vnd.msgpack": components["schemas"]["AdminEventsPage"];
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
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
    v1GetPerson: {
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
                    Link: components["headers"]["Link"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonEnvelope"];
                    "application/yaml": components["schemas"]["PersonEnvelope"];
                    "text/csv": string;
                    "application/msgpack": components["schemas"]["PersonEnvelope"];
                    "application/vnd.msgpack": components["schemas"]["PersonEnvelope"];
                };
            };
            /** @description A browser is sent to the documentation instead */
            303: {
                headers: {
                    /** @description The docs section, /docs#v1-people */
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
                    Link: components["headers"]["Link"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
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
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No key, or a key that is unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The key lacks the capability this operation needs */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Person does not exist */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Person does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Person does not exist"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Person does not exist"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Person does not exist"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description None of the types in Accept can be produced */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
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
            /** @description This version is retired: the Link header points to the same resource in its successor */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit reached; Retry-After says when to come back */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Something went wrong on the server; quote the request id */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The capability is switched off (no Retry-After: a person turns it back on), the store is unreachable (Retry-After: 2), or this instance is shutting down (Retry-After: 0) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
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
    v1PutPerson: {
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
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonEnvelope"];
                    "application/yaml": components["schemas"]["PersonEnvelope"];
                    "text/csv": string;
                    "application/msgpack": components["schemas"]["PersonEnvelope"];
                    "application/vnd.msgpack": components["schemas"]["PersonEnvelope"];
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
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonEnvelope"];
                    "application/yaml": components["schemas"]["PersonEnvelope"];
                    "text/csv": string;
                    "application/msgpack": components["schemas"]["PersonEnvelope"];
                    "application/vnd.msgpack": components["schemas"]["PersonEnvelope"];
                };
            };
            /** @description The request is malformed or not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No key, or a key that is unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The key lacks the capability this operation needs */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description None of the types in Accept can be produced */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
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
            /** @description This version is retired: the Link header points to the same resource in its successor */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description If-Match or If-None-Match does not hold */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Precondition failed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Precondition failed"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Precondition failed"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Precondition failed"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The body is too large"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The body is too large"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The body is too large"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The body is too large"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is in a type, charset or encoding the API cannot read */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Unsupported media type"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Unsupported media type"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Unsupported media type"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Unsupported media type"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description This server requires If-Match, or If-None-Match: * to create, on every write (REQUIRE_PRECONDITIONS) */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "A precondition is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "A precondition is required"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "A precondition is required"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "A precondition is required"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit reached; Retry-After says when to come back */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Something went wrong on the server; quote the request id */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The capability is switched off (no Retry-After: a person turns it back on), the store is unreachable (Retry-After: 2), or this instance is shutting down (Retry-After: 0) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
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
            /** @description The store has no room for this write; reads go on */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    v1DeletePerson: {
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
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ok"];
                    "application/yaml": components["schemas"]["Ok"];
                    "application/msgpack": components["schemas"]["Ok"];
                    "application/vnd.msgpack": components["schemas"]["Ok"];
                };
            };
            /** @description The request is malformed or not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No key, or a key that is unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The key lacks the capability this operation needs */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Person does not exist */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Person does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Person does not exist"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Person does not exist"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Person does not exist"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description None of the types in Accept can be produced */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
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
            /** @description This version is retired: the Link header points to the same resource in its successor */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description If-Match or If-None-Match does not hold */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Precondition failed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Precondition failed"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Precondition failed"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Precondition failed"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description This server requires If-Match, or If-None-Match: * to create, on every write (REQUIRE_PRECONDITIONS) */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "A precondition is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "A precondition is required"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "A precondition is required"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "A precondition is required"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit reached; Retry-After says when to come back */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Something went wrong on the server; quote the request id */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The capability is switched off (no Retry-After: a person turns it back on), the store is unreachable (Retry-After: 2), or this instance is shutting down (Retry-After: 0) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
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
            /** @description The store has no room for this write; reads go on */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    v1PatchPerson: {
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
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonEnvelope"];
                    "application/yaml": components["schemas"]["PersonEnvelope"];
                    "text/csv": string;
                    "application/msgpack": components["schemas"]["PersonEnvelope"];
                    "application/vnd.msgpack": components["schemas"]["PersonEnvelope"];
                };
            };
            /** @description The request is malformed or not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No key, or a key that is unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The key lacks the capability this operation needs */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Person does not exist */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Person does not exist"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Person does not exist"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Person does not exist"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Person does not exist"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description None of the types in Accept can be produced */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
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
            /** @description This version is retired: the Link header points to the same resource in its successor */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description If-Match or If-None-Match does not hold */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Precondition failed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Precondition failed"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Precondition failed"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Precondition failed"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The body is too large"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The body is too large"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The body is too large"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The body is too large"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
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
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The URL is too long"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The body is in a type, charset or encoding the API cannot read */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Accept-Patch": components["headers"]["Accept-Patch"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Unsupported media type"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Unsupported media type"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Unsupported media type"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Unsupported media type"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description This server requires If-Match, or If-None-Match: * to create, on every write (REQUIRE_PRECONDITIONS) */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "A precondition is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "A precondition is required"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "A precondition is required"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "A precondition is required"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit reached; Retry-After says when to come back */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Something went wrong on the server; quote the request id */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The capability is switched off (no Retry-After: a person turns it back on), the store is unreachable (Retry-After: 2), or this instance is shutting down (Retry-After: 0) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
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
            /** @description The store has no room for this write; reads go on */
            507: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The store is full"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    v1ListPeople: {
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
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeoplePageEnvelope"];
                    "application/yaml": components["schemas"]["PeoplePageEnvelope"];
                    "text/csv": string;
                    "application/msgpack": components["schemas"]["PeoplePageEnvelope"];
                    "application/vnd.msgpack": components["schemas"]["PeoplePageEnvelope"];
                };
            };
            /** @description A browser is sent to the documentation instead */
            303: {
                headers: {
                    /** @description The docs section, /docs#v1-people */
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
                    Link: components["headers"]["Link"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
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
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No key, or a key that is unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The key lacks the capability this operation needs */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The key lacks a capability"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description None of the types in Accept can be produced */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
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
            /** @description This version is retired: the Link header points to the same resource in its successor */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit reached; Retry-After says when to come back */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Something went wrong on the server; quote the request id */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The capability is switched off (no Retry-After: a person turns it back on), the store is unreachable (Retry-After: 2), or this instance is shutting down (Retry-After: 0) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
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
    v1GetCapabilities: {
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
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapabilitiesEnvelope"];
                    "application/yaml": components["schemas"]["CapabilitiesEnvelope"];
                    "application/msgpack": components["schemas"]["CapabilitiesEnvelope"];
                    "application/vnd.msgpack": components["schemas"]["CapabilitiesEnvelope"];
                };
            };
            /** @description The request is malformed or not valid */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "The request is not valid"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No key, or a key that is unknown or revoked */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Authentication is required"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description None of the types in Accept can be produced */
            406: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
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
            /** @description This version is retired: the Link header points to the same resource in its successor */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "This API version is retired"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit reached; Retry-After says when to come back */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Too many requests"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Something went wrong on the server; quote the request id */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/yaml": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/msgpack": components["schemas"]["ErrorEnvelope"];
                    /**
                     * @example {
                     *       "status": "error",
                     *       "message": "Internal error"
                     *     }
                     */
                    "application/vnd.msgpack": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The capability is switched off (no Retry-After: a person turns it back on), the store is unreachable (Retry-After: 2), or this instance is shutting down (Retry-After: 0) */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
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
}
