// Generated from the served OpenAPI document by `npm run gen:api` (src/api/openapi-types.ts). Do not edit.
export interface paths {
    "/api/v1/account-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List account lists (audiences)
         * @description Account lists: static (members added by hand) and dynamic (an account condition) audiences. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    kind?: "static" | "dynamic";
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    /** @description Free text in the name */
                    q?: string;
                    /** @description name, createdAt or updatedAt; prefix with - for descending */
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["AccountList"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a static list, or a dynamic list defined by an account condition
         * @description Creates a static list, or a dynamic list with an account condition (validated; invalid_condition names the place). The ETag header carries its version.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccountListCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an account list (ETag: its version)
         * @description One account list. The ETag header carries its version.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete an account list (refused while a condition refers to it or a solution interest follows it)
         * @description Refused with 409 `in_use` while a condition (role, persona, list) refers to the list, and while a solution interest follows it as the audience of its buying groups (the answer names them). End a following with DELETE /solution-interests/{id}/audiences/{listId}, or send ?force=true to end every following of the list in the same transaction (audited). The buying groups are kept either way. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        delete: {
            parameters: {
                query?: {
                    /** @description End the followings of solution interests that follow this list, then delete it */
                    force?: "true" | "false";
                };
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update an account list (name, description; condition of a dynamic list)
         * @description Changes name, description or the condition of a dynamic list (the kind cannot change). Accounts joining or leaving an audience followed by a job get or lose their group in the same transaction. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccountListUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/account-lists/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the accounts in a list (a dynamic list is evaluated now)
         * @description The accounts in the list; a dynamic list is evaluated now. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    /** @description name or createdAt; prefix with - for descending */
                    sort?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["AccountListMember"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add accounts to a static list (up to 10000 per call; unknown ids refuse the whole call)
         * @description Adds accounts to a static list (idempotent: accounts already in it are reported as unchanged). Unknown ids refuse the whole call; a dynamic list refuses hand-made membership. Membership is a set, not versioned: no If-Match.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccountListMembersChangeInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountListMemberChange"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Remove accounts from a static list (up to 10000 per call)
         * @description Removes accounts from a static list (idempotent). Accounts leaving an audience followed by a job get an inactive group in the same transaction. No If-Match (membership is not versioned).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccountListMembersChangeInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountListMemberChange"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account-lists/{id}/references": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where an account list is used: the stored conditions that refer to it
         * @description The personas, roles-template roles and dynamic account lists whose conditions name this list (memberOfList), at most 50: while there are any, deleting the list is refused (409 in_use). Solution interests that follow the list are at GET /solution-interests/{id}/audiences.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description At most 50 */
                            data: components["schemas"]["ConditionReferrer"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account-lists/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview a dynamic list: how many accounts an account condition selects now, and the first of them
         * @description Evaluates the condition exactly as a dynamic list’s /members and memberCount do (the same compiled SQL), without saving anything: the count and the first 10 accounts by name. An invalid condition is a 400 invalid_condition naming each place (/condition/…). Viewers may call it (it changes nothing).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccountListPreviewRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountListPreview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts
         * @description Accounts in name order (or sort=createdAt/updatedAt, - for descending), filtered by free text, parent (parentId=none for top-level accounts), industry, country or domain (case-insensitive). Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    country?: string;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    domain?: string;
                    industry?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    /** @description Children of this account, or "none" for top-level accounts (an unknown id is a 400) */
                    parentId?: string;
                    /** @description Free text in name or domain */
                    q?: string;
                    /** @description name, createdAt or updatedAt; prefix with - for descending */
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Account"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an account
         * @description Creates an account, optionally below a parent account (the hierarchy may not form a cycle). Buying groups follow at once: a dynamic list the account joins, and the creation jobs that follow it, pick it up in the same transaction. The ETag header carries its version.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccountCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an account
         * @description One account with its custom attributes. The ETag header carries its version.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete an account (refused while it has child accounts or buying groups)
         * @description Deletes the account with its relations and list memberships (its activities keep the person). Refused (409 in_use) while it has child accounts, buying groups, or a condition names it. If-Match is optional (412 when stale, naming the current version).
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional: the ETag of the version you last read, e.g. "3"; stale: 412 with the current version. Without it the write is applied to the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update an account (only the fields sent; null clears)
         * @description Changes only the fields sent; null (or "") clears a field. Moving it below another parent is refused if it would create a cycle. The buying groups of the account (and its ancestors, for jobs that follow descendants) are brought up to date in the same transaction. If-Match is optional (412 when stale, naming the current version).
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional: the ETag of the version you last read, e.g. "3"; stale: 412 with the current version. Without it the write is applied to the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AccountUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Account"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{id}/ancestors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The parent chain of an account, nearest first
         * @description The parent, its parent and so on up to the top-level account (at most 50). 404 for an unknown account.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Contact coverage of an account: members per role for each of its buying groups (one per solution interest)
         * @description For every buying group of the account and every role of the group’s roles template: how many current members hold the role, whether the template requires it and how many it requires. Roles lists every role met, in template order: the rows of a roles × solution interests matrix. 404 for an unknown account.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountCoverage"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people related to an account, each with their relation (type, since, ended)
         * @description People with a relation to the account in e-mail order, each with the relation: type, roles in the account, start and end dates and whether it is active. active=true: active relations only; false: ended ones only. q searches e-mail, names and job title. 404 for an unknown account. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description true: active relations only; false: ended ones only */
                    active?: "true" | "false";
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["AccountPerson"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/facets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Distinct industries and countries of accounts, with counts (for filters)
         * @description The industries and countries accounts have, values equal up to case counted together, most frequent first; at most 200 of each.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountFacets"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/hierarchy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One level of the account hierarchy, with the number of children of each account
         * @description Top-level accounts (parentId=none, the default) or the children of one account, in name order, each with its number of direct child accounts (to show which can be expanded). An unknown parent id is a 400. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    /** @description "none" (default) or an account id */
                    parentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["AccountNode"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List activities, newest first
         * @description Activities (e-mails opened, forms filled, events attended …), newest first, filtered by person, account, type or time. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Activities recorded for this account (an unknown id is a 400) */
                    accountId?: string;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    /** @description Activities of this person (an unknown id is a 400) */
                    personId?: string;
                    /** @description Inclusive lower bound (ISO date-time) */
                    since?: string;
                    /** @description A known activity type (an unknown one is a 400 listing them) */
                    type?: string;
                    /** @description Exclusive upper bound (ISO date-time) */
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Activity"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record one activity
         * @description Records one activity of a person (its type must be a known activity type: a default or one created at /activity-types); engagement of the person and their buying groups is updated in the same transaction.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ActivityCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Activity"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an activity
         * @description One activity.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Activity"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete an activity
         * @description Deletes an activity; engagement of the person and their buying groups is updated in the same transaction. Activities are immutable otherwise.
         */
        delete: {
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record up to 10000 activities in one transaction (all or nothing; problems are listed per row, e.g. an unknown type at /activities/3/type)
         * @description Records up to 10,000 activities in one transaction: all or nothing, every invalid row reported at its index (/activities/3/personId, /activities/3/type for an unknown activity type, listing the known ones). Engagement is updated in the same transaction. The body may be up to 32 MiB (other routes: 1 MiB); larger is 413 payload_too_large.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ActivityBulkInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            firstId: string;
                            inserted: number;
                            lastId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The known activity types: the defaults, then the custom ones by key (all of them, no paging)
         * @description Activities (POST /activities, /activities/bulk), the weights of a weighting model and `activity` conditions may name only these types; anything else is refused with this list. A custom type weighs 0 until a weighting model gives it a weight.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ActivityType"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a custom activity type (at most 190); it weighs 0 until a weighting model weighs it
         * @description Activities of unknown types are refused at ingestion; register a custom type here first. Keys are lower-case letters, digits and _ (409 duplicate when taken, also by a default type). The ETag header carries its version.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ActivityTypeCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivityType"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activity-types/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an activity type
         * @description A default or custom activity type. The ETag header carries its version.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The key activities, weights and conditions use, e.g. webinar_watched */
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivityType"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a custom activity type nobody uses (refused for defaults, and while activities, a weighting model or a stored condition use it)
         * @description Refused with 409 immutable for the defaults and 409 in_use (naming the user) while activities, a weighting model or a stored condition use it. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    /** @description The key activities, weights and conditions use, e.g. webinar_watched */
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change the label or description of a custom activity type (the key is fixed)
         * @description Default types cannot be changed (409 immutable). Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    /** @description The key activities, weights and conditions use, e.g. webinar_watched */
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ActivityTypeUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivityType"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who changed what, when (newest first)
         * @description Admins only. Every change, newest first, filterable by entity type, entity id or actor: who did what and when, with the record before and after. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    actorId?: string;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    entityId?: string;
                    entityType?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["AuditEntry"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user of this browser, or null (never 401)
         * @description For the web app: answers the user of the session cookie, or `user: null` when there is no live session, so a page can decide to show the sign-in form without a failed request. API tokens are not looked at (use GET /me).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                email: string | null;
                                /** @enum {string} */
                                role: "admin" | "editor" | "viewer";
                                sessionId: string | null;
                                userId: string;
                                userName: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Sets the `quorum_session` cookie (HttpOnly, SameSite=Lax, Path=/, Secure over https) and the `quorum_csrf` cookie (readable by the page: send its value as `X-CSRF-Token` on every write). A wrong email and a wrong password get the same 401. After 10 failures for one email from one address within 15 minutes, further attempts get 429 with Retry-After.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                email: string;
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "editor" | "viewer";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: ends the session and clears its cookies
         * @description Always 204 (signing out twice is fine). With a live session the X-CSRF-Token header is required, like any cookie-authenticated write.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-group-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List creation jobs, newest first
         * @description Creation jobs, newest first, with status, progress and counts. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    status?: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["BuyingGroupJob"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Start a creation job: one buying group per account of the audience for the solution interest
         * @description Queues a creation job (202): one buying group per account of the audience (an account list) for the solution interest, members assigned by its Live template in priority order. Jobs run in the background, commit batch by batch and survive a restart. When the job starts, the solution interest follows the audience (real-time maintenance creates groups for accounts that join it and deactivates those of accounts that leave). A solution interest keeps all its groups at one descendant depth (its scope, see GET /solution-interests/{id}/audiences): a job with another depth is refused (409) unless options.updateScope is true. Ending the following: DELETE /solution-interests/{id}/audiences/{listId}.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BuyingGroupJobCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BuyingGroupJob"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-group-jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A job (creation job, template upgrade or import) with its progress and counts
         * @description One job: type, status (queued, running, succeeded, failed, cancelled), progress, counts and error. Any job id answers here; an import job has the ImportJob shape (as GET /imports/{id}).
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BuyingGroupJob"] | components["schemas"]["ImportJob"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-group-jobs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a job, creation, template upgrade or import (a running job stops after its current batch; what committed stays)
         * @description Asks the job to stop: a queued job is cancelled at once, a running one after its current batch; what committed stays. No body. Refused (409) for a finished job.
         */
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BuyingGroupJob"] | components["schemas"]["ImportJob"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-group-jobs/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress as Server-Sent Events: `progress` events with the job, then `end`
         * @description A text/event-stream: a `progress` event with the job whenever it advances, then `end` when it finishes (at once for a finished job). Any job id, imports included.
         */
        get: {
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and filter buying groups (find the gaps: e.g. missingRoleId=rol_decision_maker&completenessBelow=50)
         * @description Find the gaps: filters combine with AND (repeat a parameter for several values) — missing roles, completeness and engagement bounds, stage, status label, account industry, country or an account condition. Each group lists its missingRoleIds and role coverage. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description JSON: An account condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Person-only leaves (activity, persona, roleInAccount) are refused outside "people.where". Related people: {"people": {"atLeast": N, "where": <person condition, evaluated for this account>, "relationType": "employee" | "contractor" or a list}} — at least N people with an active relation match. Buying-group state: {"buyingGroup": {"solutionInterestId": "si_…", "active": true|false, "stage": stage key(s) of the solution interest's stage model, "status": {"op", "value"} text test on the status label, "completeness" / "engagement": {"op": eq|neq|lt|lte|gt|gte|between, "value"} on the 0–100 score, "roleCount": [{"roleId": "rol_…", "atLeast"?: N, "atMost"?: N}]}} — the account has a group for that solution interest meeting every constraint given. Inside "people.where", fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations). */
                    accountCondition?: string;
                    /** @description Country of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
                    accountCountry?: string | string[];
                    /** @description Groups of this account (an unknown id is a 400) */
                    accountId?: string;
                    /** @description Industry of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
                    accountIndustry?: string | string[];
                    /** @description true: active groups only; false: inactive ones only */
                    active?: "true" | "false";
                    /** @description Completeness < this (exact score), e.g. 50 */
                    completenessBelow?: number;
                    /** @description Completeness ≤ this (exact score) */
                    completenessMax?: number;
                    /** @description Completeness ≥ this (exact score) */
                    completenessMin?: number;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Engagement < this (exact score) */
                    engagementBelow?: number;
                    /** @description Engagement ≤ this (exact score) */
                    engagementMax?: number;
                    /** @description Engagement ≥ this (exact score) */
                    engagementMin?: number;
                    /** @description true: groups with at least one required role that nobody holds; false: groups with every required role held */
                    hasMissingRoles?: "true" | "false";
                    /** @description true: groups with a status label; false: groups without */
                    hasStatusLabel?: "true" | "false";
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    /** @description As missingRoleId, by role name (case-insensitive, e.g. missingRole=Decision Maker); an unknown name is a 400 listing the roles */
                    missingRole?: string | string[];
                    /** @description Groups where this role is required by the template and no current member holds it; repeat for several roles (all of them missing, or any of them with missingRoleMatch=any). An unknown role id is a 400 suggesting the id meant */
                    missingRoleId?: string | string[];
                    /** @description With several missing roles: all (default) — every one of them is missing; any — at least one of them is */
                    missingRoleMatch?: "all" | "any";
                    /** @description Free text in the group’s name ("<solution interest> for <account>"), case-insensitive */
                    q?: string;
                    /** @description Solution interest name, case-insensitive (an unknown name is a 400 suggesting close names); combines with solutionInterestId; repeat the parameter for several values (any of them matches) */
                    solutionInterest?: string | string[];
                    /** @description Solution interest id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
                    solutionInterestId?: string | string[];
                    /** @description name, completeness, engagement, createdAt or updatedAt; prefix with - for descending (e.g. -completeness) */
                    sort?: string;
                    /** @description Stage key, case-insensitive (a key no stage model has is a 400 listing the valid keys); repeat the parameter for several values (any of them matches) */
                    stage?: string | string[];
                    /** @description Status label (case-insensitive, surrounding spaces ignored); repeat the parameter for several values (any of them matches) */
                    statusLabel?: string | string[];
                    /** @description Roles template name, case-insensitive (an unknown name is a 400 suggesting close names); combines with templateId; repeat the parameter for several values (any of them matches) */
                    template?: string | string[];
                    /** @description Roles template id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
                    templateId?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["BuyingGroup"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a buying group
         * @description One buying group with its scores (exact and as displayed), role coverage and missing roles. The ETag header carries its version. The version counts changes made through the API (status, stage, member actions); rules and scores do not change it.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BuyingGroup"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set or clear the status label (free text, at most 50 characters; null or "" clears it)
         * @description Sets the status label (at most 50 characters, one line) or clears it with null or "". Writes a status_changed event. If-Match is optional (412 when stale, naming the current version).
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional: the ETag of the version you last read, e.g. "3"; stale: 412 with the current version. Without it the write is applied to the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BuyingGroupUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BuyingGroup"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/buying-groups/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The events of a buying group (its outbox), in order
         * @description The group’s outbox in seq order: group_created (with initial members and scores), member added / removed / role changed, completeness, engagement, stage and status changed. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    /** @description Event type; repeat the parameter for several values (any of them matches) */
                    type?: string | string[];
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["BuyingGroupEvent"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-groups/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the members of a buying group, with their role, source, title and engagement (removed members included unless filtered)
         * @description Members with role, source (manual, journey, import, rule, suggestion), removed flag, title and engagement; removed members are kept so that rules do not add them again. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    /** @description false: current members only; true: removed ones only */
                    removed?: "true" | "false";
                    /** @description Members holding this role (an unknown role id is a 400) */
                    roleId?: string;
                    source?: "manual" | "journey" | "import" | "rule" | "suggestion";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["BuyingGroupMember"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-groups/{id}/members/{personId}/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Why a person of the group’s account holds their role, or why not: every role definition evaluated, the values seen, the source that decided
         * @description Works for any person related to the group’s account, member or not: every role definition of the template in priority order, the condition tree with the values each leaf saw, and a sentence saying which rule or stronger source decided. 404 for a person not related to the account.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberExplanation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-groups/{id}/members/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add, remove, change the role of or hand back to rules up to 500 members by hand, in one transaction
         * @description Every action is manual, the strongest source: rules, imports and journeys never undo it, and a person removed by hand is not added again by rules. A role must be a role of the group’s roles template. A person added must have an active relation with the account or one of its descendant accounts. One action per person per call. If any action is invalid, nothing is applied and every invalid action is reported at its index (/actions/3/personId). `release` ("hand back to rules") undoes a manual decision: the membership becomes the rules' again, decided in the same transaction (source rule). If-Match is optional (412 when stale, naming the current version).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional: the ETag of the version you last read, e.g. "3"; stale: 412 with the current version. Without it the write is applied to the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MemberActionsInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MemberActionsResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-groups/{id}/non-members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People of the group’s account who are not current members (candidates; ask why not with …/members/{personId}/explain)
         * @description People with an active relation to the group’s account who are not current members, in e-mail order; people removed from the group are included with removed=true. q searches e-mail, names and job title. 404 for an unknown group. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["BuyingGroupNonMember"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-groups/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the buying group to a stage of its solution interest’s stage model
         * @description A group without a stage starts at an entry stage; afterwards it moves only along the model’s allowed transitions. A refused move (409 invalid_state) changes nothing and names the stages allowed next. If-Match is optional (412 when stale, naming the current version).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional: the ETag of the version you last read, e.g. "3"; stale: 412 with the current version. Without it the write is applied to the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StageMoveInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageMoveResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-groups/{id}/stage-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stage changes of a buying group, oldest first
         * @description Every stage change of the group with who moved it and when, oldest first. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["StageChange"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-groups/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A buying group's member suggestions, most probable first
         * @description The people the model proposes for the group (pending by default; confirmed and dismissed ones with `state`), with the role, probability and reasons in words. Pending suggestions are not members: completeness, engagement and explain ignore them.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    minProbability?: number;
                    roleId?: string;
                    /** @description Default pending */
                    state?: "pending" | "confirmed" | "dismissed";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["MemberSuggestion"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-groups/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the status label of, or move to a stage, many buying groups at once: picked by id or every group matching the filters
         * @description One transaction for all of them: each changed group gets its version bump, its status_changed or stage_changed event and (stages) a stage-history row; the bulk change is audited once. Stage moves follow each solution interest’s Live stage model: groups that may not move are left as they are and reported per solution interest and current stage with the reason. Unknown ids are a 404 naming the index.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BuyingGroupBulkUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BuyingGroupBulkResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-groups/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many buying groups match the filters of GET /buying-groups
         * @description Takes the filters of GET /buying-groups (without paging or sort) and answers the number of matching groups, e.g. for "1–50 of 1,234".
         */
        get: {
            parameters: {
                query?: {
                    /** @description JSON: An account condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Person-only leaves (activity, persona, roleInAccount) are refused outside "people.where". Related people: {"people": {"atLeast": N, "where": <person condition, evaluated for this account>, "relationType": "employee" | "contractor" or a list}} — at least N people with an active relation match. Buying-group state: {"buyingGroup": {"solutionInterestId": "si_…", "active": true|false, "stage": stage key(s) of the solution interest's stage model, "status": {"op", "value"} text test on the status label, "completeness" / "engagement": {"op": eq|neq|lt|lte|gt|gte|between, "value"} on the 0–100 score, "roleCount": [{"roleId": "rol_…", "atLeast"?: N, "atMost"?: N}]}} — the account has a group for that solution interest meeting every constraint given. Inside "people.where", fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations). */
                    accountCondition?: string;
                    /** @description Country of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
                    accountCountry?: string | string[];
                    /** @description Groups of this account (an unknown id is a 400) */
                    accountId?: string;
                    /** @description Industry of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
                    accountIndustry?: string | string[];
                    /** @description true: active groups only; false: inactive ones only */
                    active?: "true" | "false";
                    /** @description Completeness < this (exact score), e.g. 50 */
                    completenessBelow?: number;
                    /** @description Completeness ≤ this (exact score) */
                    completenessMax?: number;
                    /** @description Completeness ≥ this (exact score) */
                    completenessMin?: number;
                    /** @description Engagement < this (exact score) */
                    engagementBelow?: number;
                    /** @description Engagement ≤ this (exact score) */
                    engagementMax?: number;
                    /** @description Engagement ≥ this (exact score) */
                    engagementMin?: number;
                    /** @description true: groups with at least one required role that nobody holds; false: groups with every required role held */
                    hasMissingRoles?: "true" | "false";
                    /** @description true: groups with a status label; false: groups without */
                    hasStatusLabel?: "true" | "false";
                    /** @description As missingRoleId, by role name (case-insensitive, e.g. missingRole=Decision Maker); an unknown name is a 400 listing the roles */
                    missingRole?: string | string[];
                    /** @description Groups where this role is required by the template and no current member holds it; repeat for several roles (all of them missing, or any of them with missingRoleMatch=any). An unknown role id is a 400 suggesting the id meant */
                    missingRoleId?: string | string[];
                    /** @description With several missing roles: all (default) — every one of them is missing; any — at least one of them is */
                    missingRoleMatch?: "all" | "any";
                    /** @description Free text in the group’s name ("<solution interest> for <account>"), case-insensitive */
                    q?: string;
                    /** @description Solution interest name, case-insensitive (an unknown name is a 400 suggesting close names); combines with solutionInterestId; repeat the parameter for several values (any of them matches) */
                    solutionInterest?: string | string[];
                    /** @description Solution interest id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
                    solutionInterestId?: string | string[];
                    /** @description Stage key, case-insensitive (a key no stage model has is a 400 listing the valid keys); repeat the parameter for several values (any of them matches) */
                    stage?: string | string[];
                    /** @description Status label (case-insensitive, surrounding spaces ignored); repeat the parameter for several values (any of them matches) */
                    statusLabel?: string | string[];
                    /** @description Roles template name, case-insensitive (an unknown name is a 400 suggesting close names); combines with templateId; repeat the parameter for several values (any of them matches) */
                    template?: string | string[];
                    /** @description Roles template id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
                    templateId?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-groups/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the buying groups of a filtered view (CSV or JSON Lines, streamed)
         * @description Browse’s columns plus ids: id, name, account_id/account_name, solution_interest_id/solution_interest, template_id/template, active/status_label, stage/stage_name, completeness/completeness_exact (displayed and exact), engagement/engagement_exact, members, missing_role_ids/missing_roles (in CSV joined with "; "), updated_at. Takes the filters and sort of GET /buying-groups (no paging): the export holds exactly the groups that list pages through, in its order. The answer streams (a header row, then pages of rows), with content-disposition attachment; a bad filter, column or format is a 400 problem+json before anything is sent.
         */
        get: {
            parameters: {
                query?: {
                    /** @description JSON: An account condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Person-only leaves (activity, persona, roleInAccount) are refused outside "people.where". Related people: {"people": {"atLeast": N, "where": <person condition, evaluated for this account>, "relationType": "employee" | "contractor" or a list}} — at least N people with an active relation match. Buying-group state: {"buyingGroup": {"solutionInterestId": "si_…", "active": true|false, "stage": stage key(s) of the solution interest's stage model, "status": {"op", "value"} text test on the status label, "completeness" / "engagement": {"op": eq|neq|lt|lte|gt|gte|between, "value"} on the 0–100 score, "roleCount": [{"roleId": "rol_…", "atLeast"?: N, "atMost"?: N}]}} — the account has a group for that solution interest meeting every constraint given. Inside "people.where", fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations). */
                    accountCondition?: string;
                    /** @description Country of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
                    accountCountry?: string | string[];
                    /** @description Groups of this account (an unknown id is a 400) */
                    accountId?: string;
                    /** @description Industry of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
                    accountIndustry?: string | string[];
                    /** @description true: active groups only; false: inactive ones only */
                    active?: "true" | "false";
                    /** @description Browse's columns to export, comma-separated or repeated: name, account, solutionInterest, template, status, stage, completeness, engagement, members, missingRoles, updatedAt (default all; the group id always comes first; each column exports its id beside its name) */
                    columns?: string | string[];
                    /** @description Completeness < this (exact score), e.g. 50 */
                    completenessBelow?: number;
                    /** @description Completeness ≤ this (exact score) */
                    completenessMax?: number;
                    /** @description Completeness ≥ this (exact score) */
                    completenessMin?: number;
                    /** @description Engagement < this (exact score) */
                    engagementBelow?: number;
                    /** @description Engagement ≤ this (exact score) */
                    engagementMax?: number;
                    /** @description Engagement ≥ this (exact score) */
                    engagementMin?: number;
                    /** @description csv (default; RFC 4180, a header row, CRLF line ends) or jsonl (JSON Lines: one JSON object per line) */
                    format?: "csv" | "jsonl";
                    /** @description true: groups with at least one required role that nobody holds; false: groups with every required role held */
                    hasMissingRoles?: "true" | "false";
                    /** @description true: groups with a status label; false: groups without */
                    hasStatusLabel?: "true" | "false";
                    /** @description As missingRoleId, by role name (case-insensitive, e.g. missingRole=Decision Maker); an unknown name is a 400 listing the roles */
                    missingRole?: string | string[];
                    /** @description Groups where this role is required by the template and no current member holds it; repeat for several roles (all of them missing, or any of them with missingRoleMatch=any). An unknown role id is a 400 suggesting the id meant */
                    missingRoleId?: string | string[];
                    /** @description With several missing roles: all (default) — every one of them is missing; any — at least one of them is */
                    missingRoleMatch?: "all" | "any";
                    /** @description Free text in the group’s name ("<solution interest> for <account>"), case-insensitive */
                    q?: string;
                    /** @description Solution interest name, case-insensitive (an unknown name is a 400 suggesting close names); combines with solutionInterestId; repeat the parameter for several values (any of them matches) */
                    solutionInterest?: string | string[];
                    /** @description Solution interest id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
                    solutionInterestId?: string | string[];
                    /** @description name, completeness, engagement, createdAt or updatedAt; prefix with - for descending (e.g. -completeness) */
                    sort?: string;
                    /** @description Stage key, case-insensitive (a key no stage model has is a 400 listing the valid keys); repeat the parameter for several values (any of them matches) */
                    stage?: string | string[];
                    /** @description Status label (case-insensitive, surrounding spaces ignored); repeat the parameter for several values (any of them matches) */
                    statusLabel?: string | string[];
                    /** @description Roles template name, case-insensitive (an unknown name is a 400 suggesting close names); combines with templateId; repeat the parameter for several values (any of them matches) */
                    template?: string | string[];
                    /** @description Roles template id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
                    templateId?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-groups/gaps/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the gap list: one row per buying group × missing required role, with the role’s conditions in words (CSV or JSON Lines, streamed)
         * @description For a data vendor or an SDR: group_id, group_name, account_id, account_name, account_domain, account_country, solution_interest_id, solution_interest, role_id, role, members_required, members_present, conditions_in_words. A missing role is a required role of the group’s template that no current member holds (shortRoles=true adds required roles held by fewer members than required). With missingRoleId / missingRole filters, only those roles’ rows. conditions_in_words is the template role’s condition as the condition builder names it, personas spelled out, e.g. job title starts with “CISO” or “CIO” and seniority is “C-level”. Takes the filters and sort of GET /buying-groups (no paging): the export holds exactly the groups that list pages through, in its order. The answer streams (a header row, then pages of rows), with content-disposition attachment; a bad filter, column or format is a 400 problem+json before anything is sent.
         */
        get: {
            parameters: {
                query?: {
                    /** @description JSON: An account condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Person-only leaves (activity, persona, roleInAccount) are refused outside "people.where". Related people: {"people": {"atLeast": N, "where": <person condition, evaluated for this account>, "relationType": "employee" | "contractor" or a list}} — at least N people with an active relation match. Buying-group state: {"buyingGroup": {"solutionInterestId": "si_…", "active": true|false, "stage": stage key(s) of the solution interest's stage model, "status": {"op", "value"} text test on the status label, "completeness" / "engagement": {"op": eq|neq|lt|lte|gt|gte|between, "value"} on the 0–100 score, "roleCount": [{"roleId": "rol_…", "atLeast"?: N, "atMost"?: N}]}} — the account has a group for that solution interest meeting every constraint given. Inside "people.where", fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations). */
                    accountCondition?: string;
                    /** @description Country of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
                    accountCountry?: string | string[];
                    /** @description Groups of this account (an unknown id is a 400) */
                    accountId?: string;
                    /** @description Industry of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
                    accountIndustry?: string | string[];
                    /** @description true: active groups only; false: inactive ones only */
                    active?: "true" | "false";
                    /** @description Completeness < this (exact score), e.g. 50 */
                    completenessBelow?: number;
                    /** @description Completeness ≤ this (exact score) */
                    completenessMax?: number;
                    /** @description Completeness ≥ this (exact score) */
                    completenessMin?: number;
                    /** @description Engagement < this (exact score) */
                    engagementBelow?: number;
                    /** @description Engagement ≤ this (exact score) */
                    engagementMax?: number;
                    /** @description Engagement ≥ this (exact score) */
                    engagementMin?: number;
                    /** @description csv (default; RFC 4180, a header row, CRLF line ends) or jsonl (JSON Lines: one JSON object per line) */
                    format?: "csv" | "jsonl";
                    /** @description true: groups with at least one required role that nobody holds; false: groups with every required role held */
                    hasMissingRoles?: "true" | "false";
                    /** @description true: groups with a status label; false: groups without */
                    hasStatusLabel?: "true" | "false";
                    /** @description As missingRoleId, by role name (case-insensitive, e.g. missingRole=Decision Maker); an unknown name is a 400 listing the roles */
                    missingRole?: string | string[];
                    /** @description Groups where this role is required by the template and no current member holds it; repeat for several roles (all of them missing, or any of them with missingRoleMatch=any). An unknown role id is a 400 suggesting the id meant */
                    missingRoleId?: string | string[];
                    /** @description With several missing roles: all (default) — every one of them is missing; any — at least one of them is */
                    missingRoleMatch?: "all" | "any";
                    /** @description Free text in the group’s name ("<solution interest> for <account>"), case-insensitive */
                    q?: string;
                    /** @description true: also required roles held by fewer members than required */
                    shortRoles?: "true" | "false";
                    /** @description Solution interest name, case-insensitive (an unknown name is a 400 suggesting close names); combines with solutionInterestId; repeat the parameter for several values (any of them matches) */
                    solutionInterest?: string | string[];
                    /** @description Solution interest id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
                    solutionInterestId?: string | string[];
                    /** @description name, completeness, engagement, createdAt or updatedAt; prefix with - for descending (e.g. -completeness) */
                    sort?: string;
                    /** @description Stage key, case-insensitive (a key no stage model has is a 400 listing the valid keys); repeat the parameter for several values (any of them matches) */
                    stage?: string | string[];
                    /** @description Status label (case-insensitive, surrounding spaces ignored); repeat the parameter for several values (any of them matches) */
                    statusLabel?: string | string[];
                    /** @description Roles template name, case-insensitive (an unknown name is a 400 suggesting close names); combines with templateId; repeat the parameter for several values (any of them matches) */
                    template?: string | string[];
                    /** @description Roles template id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
                    templateId?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-groups/members/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the current members of the buying groups of a filtered view (CSV or JSON Lines, streamed)
         * @description One row per current member (removed ones are left out), groups in the list’s order, members in the order they were added: group_id, group_name, account_id, account_name, person_id, email, first_name, last_name, job_title, role_id, role, source, added_at, engagement (engagement: the person’s, as displayed). Takes the filters and sort of GET /buying-groups (no paging): the export holds exactly the groups that list pages through, in its order. The answer streams (a header row, then pages of rows), with content-disposition attachment; a bad filter, column or format is a 400 problem+json before anything is sent.
         */
        get: {
            parameters: {
                query?: {
                    /** @description JSON: An account condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Person-only leaves (activity, persona, roleInAccount) are refused outside "people.where". Related people: {"people": {"atLeast": N, "where": <person condition, evaluated for this account>, "relationType": "employee" | "contractor" or a list}} — at least N people with an active relation match. Buying-group state: {"buyingGroup": {"solutionInterestId": "si_…", "active": true|false, "stage": stage key(s) of the solution interest's stage model, "status": {"op", "value"} text test on the status label, "completeness" / "engagement": {"op": eq|neq|lt|lte|gt|gte|between, "value"} on the 0–100 score, "roleCount": [{"roleId": "rol_…", "atLeast"?: N, "atMost"?: N}]}} — the account has a group for that solution interest meeting every constraint given. Inside "people.where", fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations). */
                    accountCondition?: string;
                    /** @description Country of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
                    accountCountry?: string | string[];
                    /** @description Groups of this account (an unknown id is a 400) */
                    accountId?: string;
                    /** @description Industry of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
                    accountIndustry?: string | string[];
                    /** @description true: active groups only; false: inactive ones only */
                    active?: "true" | "false";
                    /** @description Completeness < this (exact score), e.g. 50 */
                    completenessBelow?: number;
                    /** @description Completeness ≤ this (exact score) */
                    completenessMax?: number;
                    /** @description Completeness ≥ this (exact score) */
                    completenessMin?: number;
                    /** @description Engagement < this (exact score) */
                    engagementBelow?: number;
                    /** @description Engagement ≤ this (exact score) */
                    engagementMax?: number;
                    /** @description Engagement ≥ this (exact score) */
                    engagementMin?: number;
                    /** @description csv (default; RFC 4180, a header row, CRLF line ends) or jsonl (JSON Lines: one JSON object per line) */
                    format?: "csv" | "jsonl";
                    /** @description true: groups with at least one required role that nobody holds; false: groups with every required role held */
                    hasMissingRoles?: "true" | "false";
                    /** @description true: groups with a status label; false: groups without */
                    hasStatusLabel?: "true" | "false";
                    /** @description As missingRoleId, by role name (case-insensitive, e.g. missingRole=Decision Maker); an unknown name is a 400 listing the roles */
                    missingRole?: string | string[];
                    /** @description Groups where this role is required by the template and no current member holds it; repeat for several roles (all of them missing, or any of them with missingRoleMatch=any). An unknown role id is a 400 suggesting the id meant */
                    missingRoleId?: string | string[];
                    /** @description With several missing roles: all (default) — every one of them is missing; any — at least one of them is */
                    missingRoleMatch?: "all" | "any";
                    /** @description Free text in the group’s name ("<solution interest> for <account>"), case-insensitive */
                    q?: string;
                    /** @description Solution interest name, case-insensitive (an unknown name is a 400 suggesting close names); combines with solutionInterestId; repeat the parameter for several values (any of them matches) */
                    solutionInterest?: string | string[];
                    /** @description Solution interest id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
                    solutionInterestId?: string | string[];
                    /** @description name, completeness, engagement, createdAt or updatedAt; prefix with - for descending (e.g. -completeness) */
                    sort?: string;
                    /** @description Stage key, case-insensitive (a key no stage model has is a 400 listing the valid keys); repeat the parameter for several values (any of them matches) */
                    stage?: string | string[];
                    /** @description Status label (case-insensitive, surrounding spaces ignored); repeat the parameter for several values (any of them matches) */
                    statusLabel?: string | string[];
                    /** @description Roles template name, case-insensitive (an unknown name is a 400 suggesting close names); combines with templateId; repeat the parameter for several values (any of them matches) */
                    template?: string | string[];
                    /** @description Roles template id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
                    templateId?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-groups/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List and filter buying groups with the filters in a JSON body (same filters, order and cursors as GET /buying-groups)
         * @description For filters too large for a URL (a big accountCondition): the body takes every query parameter of GET /buying-groups, with numbers and booleans as JSON values, repeated parameters as arrays and accountCondition as an object. Send nextCursor back in the body for the next page.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BuyingGroupSearchInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["BuyingGroup"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buying-groups/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Numbers for a dashboard: completeness and engagement in four bands, groups by solution interest and stage, most frequently missing roles
         * @description Takes the filters of GET /buying-groups (without paging or sort) and answers aggregates over the matching groups. Bands are of displayed scores (whole percent, half up); each band also gives its exact bounds, so that GET /buying-groups?completenessMin=…&completenessBelow=… lists exactly its groups.
         */
        get: {
            parameters: {
                query?: {
                    /** @description JSON: An account condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Person-only leaves (activity, persona, roleInAccount) are refused outside "people.where". Related people: {"people": {"atLeast": N, "where": <person condition, evaluated for this account>, "relationType": "employee" | "contractor" or a list}} — at least N people with an active relation match. Buying-group state: {"buyingGroup": {"solutionInterestId": "si_…", "active": true|false, "stage": stage key(s) of the solution interest's stage model, "status": {"op", "value"} text test on the status label, "completeness" / "engagement": {"op": eq|neq|lt|lte|gt|gte|between, "value"} on the 0–100 score, "roleCount": [{"roleId": "rol_…", "atLeast"?: N, "atMost"?: N}]}} — the account has a group for that solution interest meeting every constraint given. Inside "people.where", fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations). */
                    accountCondition?: string;
                    /** @description Country of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
                    accountCountry?: string | string[];
                    /** @description Groups of this account (an unknown id is a 400) */
                    accountId?: string;
                    /** @description Industry of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
                    accountIndustry?: string | string[];
                    /** @description true: active groups only; false: inactive ones only */
                    active?: "true" | "false";
                    /** @description Completeness < this (exact score), e.g. 50 */
                    completenessBelow?: number;
                    /** @description Completeness ≤ this (exact score) */
                    completenessMax?: number;
                    /** @description Completeness ≥ this (exact score) */
                    completenessMin?: number;
                    /** @description Engagement < this (exact score) */
                    engagementBelow?: number;
                    /** @description Engagement ≤ this (exact score) */
                    engagementMax?: number;
                    /** @description Engagement ≥ this (exact score) */
                    engagementMin?: number;
                    /** @description true: groups with at least one required role that nobody holds; false: groups with every required role held */
                    hasMissingRoles?: "true" | "false";
                    /** @description true: groups with a status label; false: groups without */
                    hasStatusLabel?: "true" | "false";
                    /** @description As missingRoleId, by role name (case-insensitive, e.g. missingRole=Decision Maker); an unknown name is a 400 listing the roles */
                    missingRole?: string | string[];
                    /** @description Groups where this role is required by the template and no current member holds it; repeat for several roles (all of them missing, or any of them with missingRoleMatch=any). An unknown role id is a 400 suggesting the id meant */
                    missingRoleId?: string | string[];
                    /** @description With several missing roles: all (default) — every one of them is missing; any — at least one of them is */
                    missingRoleMatch?: "all" | "any";
                    /** @description Free text in the group’s name ("<solution interest> for <account>"), case-insensitive */
                    q?: string;
                    /** @description Solution interest name, case-insensitive (an unknown name is a 400 suggesting close names); combines with solutionInterestId; repeat the parameter for several values (any of them matches) */
                    solutionInterest?: string | string[];
                    /** @description Solution interest id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
                    solutionInterestId?: string | string[];
                    /** @description Stage key, case-insensitive (a key no stage model has is a 400 listing the valid keys); repeat the parameter for several values (any of them matches) */
                    stage?: string | string[];
                    /** @description Status label (case-insensitive, surrounding spaces ignored); repeat the parameter for several values (any of them matches) */
                    statusLabel?: string | string[];
                    /** @description Roles template name, case-insensitive (an unknown name is a 400 suggesting close names); combines with templateId; repeat the parameter for several values (any of them matches) */
                    template?: string | string[];
                    /** @description Roles template id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
                    templateId?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BuyingGroupStats"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/condition-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The attributes a condition can test, for condition editors
         * @description The built-in fields of the subject (person: contact fields and the derived seniority, function and engagement score; account: company fields) with their type, operators and closed sets of values, then the custom attributes found in the data (custom.<key>) with the type most of their values have — read from the newest 2000 people or accounts, at most 200 keys (the most frequent). Personas, lists, activity types, roles and solution interests come from their own endpoints.
         */
        get: {
            parameters: {
                query: {
                    /** @description person (roles, personas) or account (dynamic lists, Browse) */
                    subject: "person" | "account";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConditionFields"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness and database check
         * @description Answers 200 with the database engine and the server time once the database answers a query. Needs no token.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            engine: "sqlite" | "postgres";
                            /** @enum {string} */
                            status: "ok";
                            time: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List import jobs, newest first
         * @description Import jobs, newest first, with status, progress and counts. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    status?: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["ImportJob"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Start an import of an uploaded file (a job; dryRun writes nothing)
         * @description Queues an import job (202) for an upload: rows are read in file order and written batch by batch (inserted, updated, unchanged or rejected with a reason per row). The mapping is checked first (400 at /mapping/<column> for an unknown column or field, at /mapping when a required field is not mapped). Follow it with GET /imports/{id} or the Server-Sent Events of GET /imports/{id}/progress; POST /imports/{id}/cancel stops it between batches (rows written so far stay). The per-row report: GET /imports/{id}/report.csv. With dryRun the job reports exactly what would change and writes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ImportCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import job with its progress and counts
         * @description One import job: status, bytes read of the file, running counts (inserted, updated, unchanged, rejected), error.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an import (it stops between batches; rows written so far stay)
         * @description Asks the import to stop: a queued one is cancelled at once, a running one after its current batch; the rows it wrote stay written and its counts say how many. No body. Refused (409) for a finished import.
         */
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Import progress as Server-Sent Events: `progress` events with the job, then `end`
         * @description A text/event-stream: a `progress` event with the import job whenever it advances (bytes read, running counts), then `end` when it finishes (at once for a finished job).
         */
        get: {
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The per-row problems of an import as CSV
         * @description row, column, value, reason: one line per problem, every problem of the run; row is the line of the file the row starts on (the header is line 1). Ready when the job has ended (409 before).
         */
        get: {
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file to import (multipart, field `file`) and see how it will be read
         * @description A multipart/form-data upload with the file in the field `file` (CSV or JSON Lines; UTF-8 or Windows-1252). The file is streamed to the server's disk (at most QUORUM_UPLOAD_MAX_BYTES, default 2 GiB: a larger one is a 413), then its first rows are read for the import type given as the query parameter `type` (or a form field `type` before the file): the detected format, encoding and delimiter, the mapping of columns to fields that the import will use, the unmapped columns, the required fields still missing and a sample. Nothing is imported yet: change the mapping with POST /imports/uploads/{id}/detect, start with POST /imports.
         */
        post: {
            parameters: {
                query?: {
                    /** @description What the file holds: accounts, people, relations, activities or members (the third-party buying group import) */
                    type?: "accounts" | "people" | "relations" | "activities" | "members";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportUpload"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/uploads/{id}/detect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read an uploaded file again with another type or mapping
         * @description How the upload will be read for this import type, with this mapping (file column → field; null ignores a column; columns not named keep their recognised field): the mapping that will be used, the unmapped columns, the required fields still missing and a sample. A mapping naming a column the file does not have, or a field the type does not have, is a 400 at /mapping/<column>. Writes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ImportDetectInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DetectedImport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I (the token’s or session’s user and role)
         * @description The user and role of the caller. Works with an API token (tokenId set, sessionId null) or the session cookie (sessionId set, tokenId null).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string | null;
                            /** @enum {string} */
                            role: "admin" | "editor" | "viewer";
                            sessionId: string | null;
                            tokenId: string | null;
                            userId: string;
                            userName: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password
         * @description The new password needs at least 12 characters. currentPassword is required when the user has a password (invited users setting their first one have none). The user's other sessions end; this one stays.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword?: string;
                        /** @description At least 12 characters */
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List people
         * @description People, filtered by free text (email, names, job title), email, department, derived seniority or function, or an active relation to an account. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description People with an active relation to this account (an unknown id is a 400) */
                    accountId?: string;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    department?: string;
                    derivedFunction?: string;
                    derivedSeniority?: string;
                    email?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    /** @description Free text in email, first/last name or job title */
                    q?: string;
                    /** @description email, createdAt, updatedAt or engagementScore; prefix - for descending */
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Person"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a person
         * @description Creates a person. E-mails are unique regardless of case (409 duplicate). Seniority and function are derived from the job title and department. The ETag header carries its version.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PersonCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a person
         * @description One person with derived seniority and function and their engagement score. The ETag header carries its version.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a person with their relations and activities (refused while in a buying group, unless force=true)
         * @description Without `force`, a person who is a current member of a buying group is refused (409 in_use): remove them from their groups first (GET /people/{id}/buying-groups lists them), or send `force=true`. With `force=true` the person is removed from every buying group (a member_removed event each, reason person_deleted; scores refreshed) and deleted, in one transaction, with one audit entry listing the memberships removed. If-Match is optional (412 when stale, naming the current version).
         */
        delete: {
            parameters: {
                query?: {
                    /** @description true: also remove the person from their buying groups, in the same transaction */
                    force?: "true" | "false";
                };
                header?: {
                    /** @description Optional: the ETag of the version you last read, e.g. "3"; stale: 412 with the current version. Without it the write is applied to the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a person (only the fields sent; null clears)
         * @description Changes only the fields sent; null (or "") clears a field. Buying groups of the person’s accounts are reconciled in the same transaction (the person may join, leave or change role). If-Match is optional (412 when stale, naming the current version).
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional: the ETag of the version you last read, e.g. "3"; stale: 412 with the current version. Without it the write is applied to the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PersonUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/people/{id}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The accounts of a person, each with the relation (type, since, ended, active)
         * @description Every account the person is related to, active and ended, in account-name order, with the relation. 404 for an unknown person. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["PersonAccount"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/buying-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The buying groups of a person: role, source, group, account, solution interest, engagement (removed memberships included unless filtered)
         * @description Every membership of the person, current and removed (removed=false: current ones only), with the role, the source that set it, the group (name, active, stage), its account and solution interest, and the person’s engagement. 404 for an unknown person; viewers may read it.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    /** @description false: current memberships only; true: removed ones only */
                    removed?: "true" | "false";
                    solutionInterestId?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["PersonBuyingGroup"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List personas
         * @description Personas: named, reusable person conditions used by role conditions and other personas. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    /** @description Free text in the name */
                    q?: string;
                    /** @description name, createdAt or updatedAt; prefix with - for descending */
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Persona"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a persona: a named, reusable person condition
         * @description Creates a persona. The condition is validated as a person condition (invalid_condition names the exact place); a persona may refer to other personas, never to itself. The ETag header carries its version.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PersonaCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Persona"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a persona (ETag: its version)
         * @description One persona with its condition. The ETag header carries its version.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Persona"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a persona (refused while a template role condition or another persona refers to it)
         * @description Refused (409 in_use) while a template role condition or another persona refers to it. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a persona (only the fields sent)
         * @description Changes only the fields sent. Buying groups whose templates use the persona follow the new condition. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PersonaUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Persona"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/personas/{id}/references": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a persona is used: the stored conditions that refer to it
         * @description The personas, roles-template roles and dynamic account lists whose conditions name this persona directly (at most 50): while there are any, deleting the persona is refused (409 in_use).
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description At most 50 */
                            data: components["schemas"]["ConditionReferrer"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List account–person relations
         * @description Relations between people and accounts, filtered by account, person, type or whether they are active (no end date, or one still ahead). Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Relations of this account (an unknown id is a 400) */
                    accountId?: string;
                    active?: "true" | "false";
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    /** @description Relations of this person (an unknown id is a 400) */
                    personId?: string;
                    relationType?: "employee" | "contractor";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Relation"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Relate a person to an account
         * @description Relates a person to an account (employee or contractor), at most one relation per pair (409 duplicate). The account’s buying groups are reconciled in the same transaction. The ETag header carries its version.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RelationCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Relation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/relations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a relation
         * @description One relation; active tells whether the person still works there. The ETag header carries its version.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Relation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a relation
         * @description Deletes the relation; the account’s buying groups are reconciled in the same transaction. If-Match is optional (412 when stale, naming the current version).
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional: the ETag of the version you last read, e.g. "3"; stale: 412 with the current version. Without it the write is applied to the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a relation (e.g. set endedOn when the person leaves)
         * @description Changes type, roles in the account or dates; setting endedOn in the past makes the person leave the account’s buying groups in the same transaction. If-Match is optional (412 when stale, naming the current version).
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional: the ETag of the version you last read, e.g. "3"; stale: 412 with the current version. Without it the write is applied to the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RelationUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Relation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List buying-group roles (the six defaults and custom roles; at most 50 in all)
         * @description The buying-group roles: the six defaults (Decision Maker, Influencer, …) and custom roles, at most 50 in all. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description true: only the defaults; false: only custom roles */
                    isDefault?: "true" | "false";
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    /** @description Free text in the name */
                    q?: string;
                    /** @description name, createdAt or updatedAt; prefix with - for descending */
                    sort?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Role"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a custom role (admin)
         * @description Admins only. Names are unique regardless of case and surrounding spaces; at most 50 roles in all (409 limit_reached). The ETag header carries its version.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RoleCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Role"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List roles templates
         * @description Roles templates, Draft and Live. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    /** @description Free text in the name */
                    q?: string;
                    /** @description Only templates that define this role (an unknown id is a 400) */
                    roleId?: string;
                    /** @description name, createdAt or updatedAt; prefix with - for descending */
                    sort?: string;
                    status?: "draft" | "live";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["RolesTemplate"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a Draft roles template
         * @description Creates a Draft: an ordered list of role definitions (role, weighting band, auto-assign condition, required, members required). The first matching definition wins. The ETag header carries its version.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RolesTemplateCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RolesTemplate"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a roles template (ETag: its version)
         * @description One roles template with its role definitions in priority order. The ETag header carries its version.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RolesTemplate"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a Draft roles template (If-Match required; refused while a solution interest uses it)
         * @description Deletes a Draft; refused (409 in_use) while a solution interest uses it. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a Draft roles template (If-Match required; Live templates are immutable)
         * @description Changes a Draft (role definitions are replaced whole). Live templates are immutable (409): duplicate and publish the copy. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RolesTemplateUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RolesTemplate"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/roles-templates/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a roles template into a new Draft named "<name> (copy)"
         * @description Creates a new Draft with the same role definitions, named "<name> (copy)". No body; no If-Match (nothing is changed). The ETag header carries its version.
         */
        post: {
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
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RolesTemplate"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles-templates/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry run: what a creation job with this template (Draft or Live) would do over an audience or accounts — counts per role, samples with explanations, the diff against a solution interest’s groups (with another template than the solution interest’s: the diff of upgrading it to this one). Writes nothing.
         * @description Takes audienceId or accountIds (≤ 1000), optional descendantDepth (default: the solution interest’s stored scope), solutionInterestId and roles (unsaved role definitions to evaluate instead of the stored ones, validated like a save). Answers counts per role, up to 5 samples per role with the reason and, with a solution interest, the diff against its groups (with another template: the diff of the upgrade). Runs generation’s own SQL; viewers may call it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RolesTemplatePreviewRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RolesTemplatePreview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles-templates/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a Draft roles template as Live (If-Match required; it needs at least one role definition)
         * @description Freezes the Draft as Live; it needs at least one role definition (409 invalid_state). Only Live templates can be chosen by solution interests. No body. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RolesTemplate"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a role
         * @description One role. The ETag header carries its version.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Role"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a custom role (admin; refused for defaults and while a roles template or a member uses it)
         * @description Admins only. Default roles cannot be deleted; a custom role is refused (409 in_use) while a roles template or a buying-group member uses it. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Rename a custom role or change a role’s description (admin)
         * @description Admins only. Custom roles can be renamed (names stay unique); default roles keep their name (409 immutable) but their description may change. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RoleUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Role"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/solution-interests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List solution interests
         * @description Solution interests: what is sold, each with its Live roles template and optional stage model. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    /** @description Free text in the name */
                    q?: string;
                    /** @description name, createdAt or updatedAt; prefix with - for descending */
                    sort?: string;
                    /** @description A stage model id, or "none" (an unknown id is a 400) */
                    stageModelId?: string;
                    /** @description Solution interests using this roles template (an unknown id is a 400) */
                    templateId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["SolutionInterest"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a solution interest (what is being sold)
         * @description Creates a solution interest; its roles template (and stage model, if any) must be Live. Names are unique. The ETag header carries its version.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SolutionInterestCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SolutionInterest"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/solution-interests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a solution interest (ETag: its version)
         * @description One solution interest. The ETag header carries its version.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SolutionInterest"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a solution interest (refused while it has buying groups)
         * @description Refused with 409 `in_use` while it has buying groups. Otherwise the followings of its audiences end with it (audited). Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a solution interest (only the fields sent; null clears)
         * @description Changes only the fields sent; null clears. A new template or stage model must be Live; the stage model cannot be removed while groups have stages (409 in_use). templateId can change here only while the solution interest has no buying groups; otherwise 409 — use POST /solution-interests/{id}/upgrade-template. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SolutionInterestUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SolutionInterest"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/solution-interests/{id}/audiences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audiences the solution interest follows, with its groups' scope (descendant depth)
         * @description A creation job starts following its audience when it starts: accounts that join the list get their group, accounts that leave it get an inactive group. All the audiences of a solution interest share one descendant depth, the scope that jobs, maintenance, explain and preview use.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["FollowedAudience"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/solution-interests/{id}/audiences/{listId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Stop following an audience (audited)
         * @description Ends the following started by a creation job: accounts joining or leaving the list no longer create or deactivate groups of this solution interest. Existing groups are kept and still follow changes of their people. Afterwards the list can be deleted.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    listId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/solution-interests/{id}/induce-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Induce a Draft roles template from confirmed members
         * @description Learns, per role, a small decision list (any of up to 5 rules, each all of up to 3 tests on derived seniority, derived function, job title and department words) from the confirmed members of the solution interest’s groups against the other people of their accounts, and saves it as a Draft roles template (the Live template’s roles, bands and requirements with the induced conditions; roles nothing could be learned for are not auto-assigned). Each role’s precision and recall are measured on that data with the condition evaluator, in the template’s priority order. 409 when no group has a confirmed member.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        maxRules?: number;
                        minPrecision?: number;
                        /** @description Name of the Draft template (default: "<solution interest> (induced <time>)") */
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InducedTemplate"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/solution-interests/{id}/suggestion-model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The solution interest's trained suggestion model (statistics)
         * @description When and by which job it was trained, on how many groups and examples, positives per role, the options, and the strongest features per role. 404 when none is trained.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jobId: string | null;
                            options: {
                                [key: string]: unknown;
                            };
                            solutionInterestId: string;
                            stats: {
                                dismissals: number;
                                examples: number;
                                features: number;
                                groups: number;
                                groupsSkipped: number;
                                negatives: number;
                                positives: {
                                    [key: string]: number;
                                };
                            };
                            /** @description Per role id: the 10 features raising it most against no role */
                            topFeatures: {
                                [key: string]: {
                                    feature: string;
                                    weight: number;
                                }[];
                            };
                            trainedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/solution-interests/{id}/suggestions/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose members for every group with the stored model (a job)
         * @description Queues a suggestions job (202) that replaces each active group’s pending suggestions with the stored model’s proposals. Never proposes a current member, a person a stronger source removed, or a role dismissed for that person in that group. 409 when no model is trained.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Suggestions below this probability are not proposed (default 0.6) */
                        threshold?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuggestionsJob"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/solution-interests/{id}/suggestions/train": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Train the solution interest's suggestion model (a job)
         * @description Queues a suggestions job (202) that trains a logistic-regression model on the confirmed members of the solution interest’s buying groups (manual, journey, import; confirmed suggestions are manual) against the other people of their accounts, with dismissals as negatives, and stores it (replacing the previous one). With `run: true` it then proposes members for every group. 409 when no group has a confirmed member (reported by the job as its error).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Training options */
                        options?: {
                            /** @description Weight of a dismissal or a removal by hand as a negative example (default 2) */
                            dismissalWeight?: number;
                            /** @description Passes over the examples (default 6) */
                            epochs?: number;
                            /** @description Learn from rule members too, with the lower ruleWeight (default false: only confirmed members — manual, journey, import) */
                            includeRuleMembers?: boolean;
                            /** @description L2 regularisation (default 0.0001) */
                            l2?: number;
                            /** @description Share of plain negatives (other people of the account) kept, re-weighted by its inverse (default 1) */
                            negativeRate?: number;
                            /** @description Weight of a rule member as an example (default 0.3) */
                            ruleWeight?: number;
                            /** @description Seed of the example order: training is deterministic given it (default 1) */
                            seed?: number;
                        };
                        /**
                         * @description Propose members with the new model when trained
                         * @default false
                         */
                        run?: boolean;
                        /** @description Suggestions below this probability are not proposed (default 0.6) */
                        threshold?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuggestionsJob"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/solution-interests/{id}/upgrade-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upgrade the solution interest to another Live roles template: a job re-evaluates every buying group with it
         * @description Switches the solution interest to the template at once (new groups and real-time maintenance use it from now on) and queues a `template_upgrade` job (202; follow it at /buying-group-jobs/{id}, its progress as SSE, cancel it there). Batch by batch, each group is re-evaluated with the new template’s rules, its templateId updated and a `template_changed` event written (from, to, the people handed back to rules), then the membership and score events. Rule members follow the new rules. Members set by hand (or a journey, an import) keep their membership when their role is in the new template; when it is not, they are handed back to rules: they take the role rules give them or leave (reason role_not_in_template). People removed by hand stay removed. Preview the diff first with POST /roles-templates/{templateId}/preview and this solutionInterestId. While the job runs, groups not reached yet still report the old templateId. Sending the current template again queues a job only if some groups are still on another template (e.g. after a cancelled upgrade). 409 while another upgrade of this solution interest is under way. Send If-Match with the solution interest’s ETag (428 without it; 412 when stale).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TemplateUpgradeInput"];
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BuyingGroupJob"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stage-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List stage models
         * @description Stage models (the journeys buying groups move along), Draft and Live. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    /** @description Free text in the name */
                    q?: string;
                    /** @description name, createdAt or updatedAt; prefix with - for descending */
                    sort?: string;
                    status?: "draft" | "live";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["StageModel"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a Draft stage model
         * @description Creates a Draft: stages (entry, intermediate, success, failure) and the allowed transitions. Drafts may be incomplete; publishing validates them. The ETag header carries its version.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StageModelCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageModel"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stage-models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a stage model (ETag: its version)
         * @description One stage model with its stages and transitions. The ETag header carries its version.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageModel"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a stage model (refused while a solution interest uses it)
         * @description Deletes a Draft or an unused Live model; refused (409 in_use) while a solution interest uses it. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a Draft stage model (arrays are replaced whole; Live models are immutable)
         * @description Changes a Draft; stages and transitions are replaced whole. A Live model cannot change (409 immutable): duplicate it and publish the copy. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StageModelUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageModel"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/stage-models/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a stage model into a new Draft named "<name> (copy)"
         * @description Creates a new Draft with the same stages and transitions, named "<name> (copy)" — the way to change a Live model. No body; no If-Match (nothing is changed). The ETag header carries its version.
         */
        post: {
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
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageModel"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stage-models/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a Draft stage model: validates it, then freezes it as Live
         * @description Validates the Draft and freezes it as Live (409 invalid_state listing the problems if it is not valid). Only Live models can be chosen by solution interests. No body. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageModel"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stage-models/{id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the problems that would stop this model from being published
         * @description Checks the model as publishing would (an entry stage, reachable stages, known transition ends …) and lists every problem; changes nothing. No body.
         */
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageModelValidation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestion-jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A suggestions job with its progress and counts
         * @description Status, progress (groups read) and counts of a job queued by …/suggestions/train or …/suggestions/run. Other jobs answer 404 here.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuggestionsJob"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Member suggestions across buying groups, most probable first
         * @description Filter by solution interest, role, state (default pending) and minimum probability. Paged: pass nextCursor back as cursor.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    minProbability?: number;
                    roleId?: string;
                    solutionInterestId?: string;
                    /** @description Default pending */
                    state?: "pending" | "confirmed" | "dismissed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["MemberSuggestion"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestions/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm pending suggestions: each person becomes a manual member with the suggested role
         * @description One or many (at most 500) pending suggestions, each named by buying group and person, confirmed in one transaction: the person is added as a manual member (events, scores and audit as for member actions) and the suggestion is kept as confirmed. All or nothing: a suggestion that is not pending is a 404 at /items/i.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            buyingGroupId: string;
                            personId: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confirmed: number;
                            dismissed: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suggestions/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dismiss pending suggestions (remembered: never proposed again for that role)
         * @description One or many (at most 500) pending suggestions dismissed in one transaction. A dismissal is remembered per (group, person, role): that role is never proposed again for the person in that group, and the next training learns from it as a negative. All or nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            buyingGroupId: string;
                            personId: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confirmed: number;
                            dismissed: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API tokens (never their secret)
         * @description Admins only. Every API token with its user, role, creation, last use and revocation — never the secret (only its prefix).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["Token"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API token; the secret is shown once
         * @description Admins only. Creates a token with this role (admin, editor or viewer); the secret is in this answer only (it is stored hashed).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        role: "admin" | "editor" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            info: components["schemas"]["Token"];
                            token: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API token
         * @description Admins only. Revokes the token at once; revoking twice is harmless. Tokens are not edited otherwise, so they have no version.
         */
        delete: {
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
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users (people who sign in and programmatic token users)
         * @description Admins only. Every user with role, active flag, whether a password is set and the last sign-in; never a password hash.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["User"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create (invite) a user
         * @description Without a password the answer carries `inviteUrl`, a one-time sign-in link valid 7 days to hand to the invitee (shown only here); with one it is null.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        name?: string;
                        /** @description At least 12 characters */
                        password?: string;
                        /** @enum {string} */
                        role: "admin" | "editor" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Deactivated users cannot sign in; their sessions and tokens are refused */
                            active: boolean;
                            /**
                             * Format: date-time
                             * @example 2026-01-31T09:30:00.000Z
                             */
                            createdAt: string;
                            /** @description Null for token-only (programmatic) users */
                            email: string | null;
                            /** @description False for invited users who have not set one and for programmatic users */
                            hasPassword: boolean;
                            id: string;
                            inviteUrl: string | null;
                            lastSignInAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "editor" | "viewer";
                            /**
                             * Format: date-time
                             * @example 2026-01-31T09:30:00.000Z
                             */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One user
         * @description Admins only. One user; the ETag header carries its version.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user’s role, name, password or active flag
         * @description No hard delete: `active: false` deactivates (sign-in, sessions and tokens stop working; their sessions and unused links are deleted). A change that would leave no active admin is refused with 409 last_admin. Setting a password ends the user’s sessions. If-Match (the ETag) is optional.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Optional: the ETag of the version you last read, e.g. "3"; stale: 412 with the current version. Without it the write is applied to the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        name?: string;
                        /** @description At least 12 characters */
                        password?: string;
                        /** @enum {string} */
                        role?: "admin" | "editor" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/weighting-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List weighting models by name
         * @description Weighting models (activity weights, window, daily cap, k) in name order. Paged: pass nextCursor back as cursor (limit 1–500, default 50).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: components["schemas"]["WeightingModel"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a weighting model (inactive until activated)
         * @description Creates an inactive model; weights are band names (no_weight … vital) or numbers 0–100. The ETag header carries its version.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WeightingModelCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WeightingModel"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/weighting-models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a weighting model (ETag: its version)
         * @description One weighting model. The ETag header carries its version.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WeightingModel"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a weighting model (not the active one)
         * @description Deletes an inactive model; the active one is refused (409 in_use): activate another first. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update a weighting model (weights and bands are each replaced whole; weights naming a band follow its new value); changing how the active model scores recomputes every score
         * @description Changes only the fields sent (weights and bands are each replaced whole; weights naming a band follow its new value). Changing the active model recomputes every score in the same call. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WeightingModelUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WeightingModel"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/weighting-models/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make this the active model (the previous one becomes inactive) and recompute every score
         * @description Makes this the one active model and recomputes every person’s and group’s engagement; the answer carries the counts. No body. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag of the version you last read (GET answers it in the ETag header and as `version`), e.g. "3". Missing: 428; stale: 412 with the current version. */
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            model: components["schemas"]["WeightingModel"];
                            /** @description null when the scores did not change meaning */
                            recompute: components["schemas"]["EngagementRecompute"] | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/weighting-models/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The model scores use now: the active one, or the default (SPEC §5) when none is active
         * @description The model engagement scores use now: the active one, or the SPEC default when none is active.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EffectiveWeightingModel"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                414: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sign-in/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Use a one-time sign-in link
         * @description Consumes the link (single use; 15 minutes for sign-in links, 7 days for invitations), starts a session (sets the quorum_session and quorum_csrf cookies) and redirects 303 to `/`. An unknown, used or expired link redirects 303 to `/sign-in?error=link_expired`.
         */
        get: {
            parameters: {
                query?: {
                    token?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Redirect to / (signed in) or /sign-in?error=link_expired */
                303: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        __shared: {
            $defs: {
                schema0: string | number | boolean | null | components["schemas"]["__shared"][] | {
                    [key: string]: components["schemas"]["__shared"];
                };
            };
        };
        __sharedInput: {
            $defs: {
                schema0: string | number | boolean | null | components["schemas"]["__sharedInput"][] | {
                    [key: string]: components["schemas"]["__sharedInput"];
                };
            };
        };
        Account: {
            annualRevenue: number | null;
            city: string | null;
            country: string | null;
            createdAt: string;
            custom: {
                [key: string]: unknown;
            };
            domain: string | null;
            employees: number | null;
            externalId: string | null;
            id: string;
            industry: string | null;
            name: string;
            parentId: string | null;
            region: string | null;
            sicCode: string | null;
            state: string | null;
            updatedAt: string;
            /** @description Also sent as the ETag header; send it back in If-Match (optional for accounts) */
            version: number;
        };
        AccountCoverage: {
            accountId: string;
            groups: {
                active: boolean;
                buyingGroupId: string;
                buyingGroupName: string;
                roles: {
                    /** @description Current (not removed) members of the group holding the role */
                    members: number;
                    membersRequired: number;
                    required: boolean;
                    roleId: string;
                    roleName: string;
                }[];
                solutionInterestId: string;
                solutionInterestName: string;
            }[];
            /** @description Every role of the groups’ templates, in template order (the rows of the matrix) */
            roles: {
                roleId: string;
                roleName: string;
            }[];
        };
        AccountCoverageInput: {
            accountId: string;
            groups: {
                active: boolean;
                buyingGroupId: string;
                buyingGroupName: string;
                roles: {
                    /** @description Current (not removed) members of the group holding the role */
                    members: number;
                    membersRequired: number;
                    required: boolean;
                    roleId: string;
                    roleName: string;
                }[];
                solutionInterestId: string;
                solutionInterestName: string;
            }[];
            /** @description Every role of the groups’ templates, in template order (the rows of the matrix) */
            roles: {
                roleId: string;
                roleName: string;
            }[];
        };
        AccountCreate: {
            annualRevenue?: number | null;
            city?: unknown | null;
            country?: unknown | null;
            custom?: {
                [key: string]: components["schemas"]["__shared"];
            };
            domain?: unknown | null;
            employees?: number | null;
            externalId?: unknown | null;
            industry?: unknown | null;
            name: string;
            parentId?: string | null;
            region?: unknown | null;
            sicCode?: unknown | null;
            state?: unknown | null;
        };
        AccountCreateInput: {
            annualRevenue?: number | null;
            city?: string | null;
            country?: string | null;
            custom?: {
                [key: string]: components["schemas"]["__sharedInput"];
            };
            domain?: string | null;
            employees?: number | null;
            externalId?: string | null;
            industry?: string | null;
            name: string;
            parentId?: string | null;
            region?: string | null;
            sicCode?: string | null;
            state?: string | null;
        };
        AccountFacets: {
            countries: {
                count: number;
                /** @description As stored (the first spelling met for values equal up to case) */
                value: string;
            }[];
            industries: {
                count: number;
                /** @description As stored (the first spelling met for values equal up to case) */
                value: string;
            }[];
        };
        AccountFacetsInput: {
            countries: {
                count: number;
                /** @description As stored (the first spelling met for values equal up to case) */
                value: string;
            }[];
            industries: {
                count: number;
                /** @description As stored (the first spelling met for values equal up to case) */
                value: string;
            }[];
        };
        AccountInput: {
            annualRevenue: number | null;
            city: string | null;
            country: string | null;
            createdAt: string;
            custom: {
                [key: string]: unknown;
            };
            domain: string | null;
            employees: number | null;
            externalId: string | null;
            id: string;
            industry: string | null;
            name: string;
            parentId: string | null;
            region: string | null;
            sicCode: string | null;
            state: string | null;
            updatedAt: string;
            /** @description Also sent as the ETag header; send it back in If-Match (optional for accounts) */
            version: number;
        };
        AccountList: {
            /** @description Dynamic lists: the account condition; static lists: null */
            condition: unknown | null;
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            createdAt: string;
            description: string | null;
            id: string;
            /** @enum {string} */
            kind: "static" | "dynamic";
            /** @description How many accounts are in the list now: static lists their members, dynamic lists the accounts their condition selects at the time of the request (as /members and a creation job) */
            memberCount: number | null;
            name: string;
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            updatedAt: string;
            /** @description Also sent as the ETag header */
            version: number;
        };
        AccountListCreate: {
            /** @description Required for a dynamic list; not allowed for a static one */
            condition?: unknown | null;
            description?: unknown | null;
            /** @enum {string} */
            kind: "static" | "dynamic";
            name: string;
        };
        AccountListCreateInput: {
            /** @description Required for a dynamic list; not allowed for a static one */
            condition?: unknown | null;
            description?: string | null;
            /** @enum {string} */
            kind: "static" | "dynamic";
            name: string;
        };
        AccountListInput: {
            /** @description Dynamic lists: the account condition; static lists: null */
            condition: unknown | null;
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            createdAt: string;
            description: string | null;
            id: string;
            /** @enum {string} */
            kind: "static" | "dynamic";
            /** @description How many accounts are in the list now: static lists their members, dynamic lists the accounts their condition selects at the time of the request (as /members and a creation job) */
            memberCount: number | null;
            name: string;
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            updatedAt: string;
            /** @description Also sent as the ETag header */
            version: number;
        };
        AccountListMember: {
            /** @description Static lists: when the account was added; dynamic lists: null */
            addedAt: string | null;
            country: string | null;
            domain: string | null;
            id: string;
            industry: string | null;
            name: string;
        };
        AccountListMemberChange: {
            /** @description Accounts added (or removed) by this call */
            changed: number;
            memberCount: number;
            /** @description Accounts that already were (or were not) members */
            unchanged: number;
        };
        AccountListMemberChangeInput: {
            /** @description Accounts added (or removed) by this call */
            changed: number;
            memberCount: number;
            /** @description Accounts that already were (or were not) members */
            unchanged: number;
        };
        AccountListMemberInput: {
            /** @description Static lists: when the account was added; dynamic lists: null */
            addedAt: string | null;
            country: string | null;
            domain: string | null;
            id: string;
            industry: string | null;
            name: string;
        };
        AccountListMembersChange: {
            accountIds: string[];
        };
        AccountListMembersChangeInput: {
            accountIds: string[];
        };
        AccountListPreview: {
            /** @description Accounts the condition selects now */
            count: number;
            /** @description The first 10 of them by name */
            samples: {
                country: string | null;
                domain: string | null;
                id: string;
                industry: string | null;
                name: string;
            }[];
        };
        AccountListPreviewInput: {
            /** @description Accounts the condition selects now */
            count: number;
            /** @description The first 10 of them by name */
            samples: {
                country: string | null;
                domain: string | null;
                id: string;
                industry: string | null;
                name: string;
            }[];
        };
        AccountListPreviewRequest: {
            /**
             * @description An account condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Person-only leaves (activity, persona, roleInAccount) are refused outside "people.where". Related people: {"people": {"atLeast": N, "where": <person condition, evaluated for this account>, "relationType": "employee" | "contractor" or a list}} — at least N people with an active relation match. Buying-group state: {"buyingGroup": {"solutionInterestId": "si_…", "active": true|false, "stage": stage key(s) of the solution interest's stage model, "status": {"op", "value"} text test on the status label, "completeness" / "engagement": {"op": eq|neq|lt|lte|gt|gte|between, "value"} on the 0–100 score, "roleCount": [{"roleId": "rol_…", "atLeast"?: N, "atMost"?: N}]}} — the account has a group for that solution interest meeting every constraint given. Inside "people.where", fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations).
             * @example {
             *       "all": [
             *         {
             *           "field": "industry",
             *           "op": "is",
             *           "value": "Software"
             *         },
             *         {
             *           "field": "employees",
             *           "op": "gte",
             *           "value": 1000
             *         }
             *       ]
             *     }
             * @example {
             *       "all": [
             *         {
             *           "people": {
             *             "atLeast": 2,
             *             "where": {
             *               "field": "derivedSeniority",
             *               "op": "is_one_of",
             *               "value": [
             *                 "c-level",
             *                 "vp"
             *               ]
             *             }
             *           }
             *         },
             *         {
             *           "not": {
             *             "buyingGroup": {
             *               "solutionInterestId": "si_…",
             *               "active": true
             *             }
             *           }
             *         }
             *       ]
             *     }
             */
            condition: unknown;
        };
        AccountListPreviewRequestInput: {
            /**
             * @description An account condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Person-only leaves (activity, persona, roleInAccount) are refused outside "people.where". Related people: {"people": {"atLeast": N, "where": <person condition, evaluated for this account>, "relationType": "employee" | "contractor" or a list}} — at least N people with an active relation match. Buying-group state: {"buyingGroup": {"solutionInterestId": "si_…", "active": true|false, "stage": stage key(s) of the solution interest's stage model, "status": {"op", "value"} text test on the status label, "completeness" / "engagement": {"op": eq|neq|lt|lte|gt|gte|between, "value"} on the 0–100 score, "roleCount": [{"roleId": "rol_…", "atLeast"?: N, "atMost"?: N}]}} — the account has a group for that solution interest meeting every constraint given. Inside "people.where", fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations).
             * @example {
             *       "all": [
             *         {
             *           "field": "industry",
             *           "op": "is",
             *           "value": "Software"
             *         },
             *         {
             *           "field": "employees",
             *           "op": "gte",
             *           "value": 1000
             *         }
             *       ]
             *     }
             * @example {
             *       "all": [
             *         {
             *           "people": {
             *             "atLeast": 2,
             *             "where": {
             *               "field": "derivedSeniority",
             *               "op": "is_one_of",
             *               "value": [
             *                 "c-level",
             *                 "vp"
             *               ]
             *             }
             *           }
             *         },
             *         {
             *           "not": {
             *             "buyingGroup": {
             *               "solutionInterestId": "si_…",
             *               "active": true
             *             }
             *           }
             *         }
             *       ]
             *     }
             */
            condition: unknown;
        };
        AccountListUpdate: {
            /**
             * @description Dynamic lists only
             * @example {
             *       "all": [
             *         {
             *           "field": "industry",
             *           "op": "is",
             *           "value": "Software"
             *         },
             *         {
             *           "field": "employees",
             *           "op": "gte",
             *           "value": 1000
             *         }
             *       ]
             *     }
             * @example {
             *       "all": [
             *         {
             *           "people": {
             *             "atLeast": 2,
             *             "where": {
             *               "field": "derivedSeniority",
             *               "op": "is_one_of",
             *               "value": [
             *                 "c-level",
             *                 "vp"
             *               ]
             *             }
             *           }
             *         },
             *         {
             *           "not": {
             *             "buyingGroup": {
             *               "solutionInterestId": "si_…",
             *               "active": true
             *             }
             *           }
             *         }
             *       ]
             *     }
             */
            condition?: unknown;
            description?: unknown | null;
            /**
             * @description Cannot change; accepted only when equal to the current kind
             * @enum {string}
             */
            kind?: "static" | "dynamic";
            name?: string;
        };
        AccountListUpdateInput: {
            /**
             * @description Dynamic lists only
             * @example {
             *       "all": [
             *         {
             *           "field": "industry",
             *           "op": "is",
             *           "value": "Software"
             *         },
             *         {
             *           "field": "employees",
             *           "op": "gte",
             *           "value": 1000
             *         }
             *       ]
             *     }
             * @example {
             *       "all": [
             *         {
             *           "people": {
             *             "atLeast": 2,
             *             "where": {
             *               "field": "derivedSeniority",
             *               "op": "is_one_of",
             *               "value": [
             *                 "c-level",
             *                 "vp"
             *               ]
             *             }
             *           }
             *         },
             *         {
             *           "not": {
             *             "buyingGroup": {
             *               "solutionInterestId": "si_…",
             *               "active": true
             *             }
             *           }
             *         }
             *       ]
             *     }
             */
            condition?: unknown;
            description?: string | null;
            /**
             * @description Cannot change; accepted only when equal to the current kind
             * @enum {string}
             */
            kind?: "static" | "dynamic";
            name?: string;
        };
        AccountNode: {
            account: components["schemas"]["Account"];
            /** @description Direct child accounts */
            childCount: number;
        };
        AccountNodeInput: {
            account: components["schemas"]["AccountInput"];
            /** @description Direct child accounts */
            childCount: number;
        };
        AccountPerson: {
            person: components["schemas"]["Person"];
            relation: components["schemas"]["RelationSummary"];
        };
        AccountPersonInput: {
            person: components["schemas"]["PersonInput"];
            relation: components["schemas"]["RelationSummaryInput"];
        };
        AccountUpdate: {
            annualRevenue?: number | null;
            city?: unknown | null;
            country?: unknown | null;
            custom?: {
                [key: string]: components["schemas"]["__shared"];
            };
            domain?: unknown | null;
            employees?: number | null;
            externalId?: unknown | null;
            industry?: unknown | null;
            name?: string;
            parentId?: string | null;
            region?: unknown | null;
            sicCode?: unknown | null;
            state?: unknown | null;
        };
        AccountUpdateInput: {
            annualRevenue?: number | null;
            city?: string | null;
            country?: string | null;
            custom?: {
                [key: string]: components["schemas"]["__sharedInput"];
            };
            domain?: string | null;
            employees?: number | null;
            externalId?: string | null;
            industry?: string | null;
            name?: string;
            parentId?: string | null;
            region?: string | null;
            sicCode?: string | null;
            state?: string | null;
        };
        Activity: {
            accountId: string | null;
            createdAt: string;
            id: string;
            metadata: {
                [key: string]: unknown;
            };
            occurredAt: string;
            personId: string;
            type: string;
        };
        ActivityBulk: {
            activities: components["schemas"]["ActivityCreate"][];
        };
        ActivityBulkInput: {
            activities: components["schemas"]["ActivityCreateInput"][];
        };
        ActivityCreate: {
            accountId?: string | null;
            metadata?: {
                [key: string]: components["schemas"]["__shared"];
            };
            occurredAt: unknown;
            /** @description Instead of personId */
            personEmail?: string;
            personId?: string;
            /** @description A known activity type: a default or a custom type registered with POST /activity-types (GET /activity-types lists them); an unknown type is refused */
            type: string;
        };
        ActivityCreateInput: {
            accountId?: string | null;
            metadata?: {
                [key: string]: components["schemas"]["__sharedInput"];
            };
            /** Format: date-time */
            occurredAt: string;
            /** @description Instead of personId */
            personEmail?: string;
            personId?: string;
            /** @description A known activity type: a default or a custom type registered with POST /activity-types (GET /activity-types lists them); an unknown type is refused */
            type: string;
        };
        ActivityInput: {
            accountId: string | null;
            createdAt: string;
            id: string;
            metadata: {
                [key: string]: unknown;
            };
            occurredAt: string;
            personId: string;
            type: string;
        };
        ActivityType: {
            /** @description null for the defaults */
            createdAt: string | null;
            description: string | null;
            /** @description One of the SPEC §2 defaults: cannot be changed or deleted */
            isDefault: boolean;
            key: string;
            label: string;
            updatedAt: string | null;
            /** @description Also sent as the ETag header; PATCH and DELETE need it in If-Match */
            version: number;
        };
        ActivityTypeCreate: {
            description?: unknown | null;
            /** @description The key activities, weights and conditions use, e.g. webinar_watched */
            key: string;
            /** @description Default: the key in words ("Webinar watched") */
            label?: string;
        };
        ActivityTypeCreateInput: {
            description?: string | null;
            /** @description The key activities, weights and conditions use, e.g. webinar_watched */
            key: string;
            /** @description Default: the key in words ("Webinar watched") */
            label?: string;
        };
        ActivityTypeInput: {
            /** @description null for the defaults */
            createdAt: string | null;
            description: string | null;
            /** @description One of the SPEC §2 defaults: cannot be changed or deleted */
            isDefault: boolean;
            key: string;
            label: string;
            updatedAt: string | null;
            /** @description Also sent as the ETag header; PATCH and DELETE need it in If-Match */
            version: number;
        };
        ActivityTypeUpdate: {
            description?: unknown | null;
            label?: string;
        };
        ActivityTypeUpdateInput: {
            description?: string | null;
            label?: string;
        };
        AuditEntry: {
            action: string;
            actorId: string | null;
            /** @description The record after the change (its time fields as ISO 8601, like the resource itself) */
            after: unknown | null;
            at: string;
            /** @description The record before the change (its time fields as ISO 8601, like the resource itself) */
            before: unknown | null;
            entityId: string;
            entityType: string;
            id: string;
        };
        AuditEntryInput: {
            action: string;
            actorId: string | null;
            /** @description The record after the change (its time fields as ISO 8601, like the resource itself) */
            after: unknown | null;
            at: string;
            /** @description The record before the change (its time fields as ISO 8601, like the resource itself) */
            before: unknown | null;
            entityId: string;
            entityType: string;
            id: string;
        };
        BuyingGroup: {
            accountId: string;
            accountName: string;
            active: boolean;
            /** @description Completeness, 0–100, stored exactly (SPEC §5) */
            completeness: number;
            /** @description Completeness as displayed: a whole percentage, rounded half up */
            completenessDisplay: number;
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            createdAt: string;
            /** @description Engagement, 0–100, stored exactly (SPEC §5) */
            engagement: number;
            /** @description Engagement as displayed: a whole percentage, rounded half up */
            engagementDisplay: number;
            id: string;
            /** @description Members not removed */
            memberCount: number;
            /** @description Required roles of the template that no current member holds, in template order */
            missingRoleIds: string[];
            /** @description "<solution interest> for <account>" */
            name: string;
            /** @description Every required role of the template with its coverage, in template order */
            requiredRoles: {
                /** @description Current members holding the role */
                members: number;
                membersRequired: number;
                roleId: string;
                /** @description min(members, membersRequired) / membersRequired × 100 */
                score: number;
            }[];
            solutionInterestId: string;
            /** @description Key of a stage of the solution interest’s stage model. New groups start at the model’s entry stage; null when the solution interest has no Live stage model, when its model has several entry stages (move the group to one), or for groups created before the model was set */
            stage: string | null;
            statusLabel: string | null;
            templateId: string;
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            updatedAt: string;
            /** @description Also sent as the ETag header. Counts the changes made through the API (status label, stage, member actions); rules and scores do not change it. If-Match is optional. */
            version: number;
        };
        BuyingGroupBulkResult: {
            /** @description Groups the ids or the filter picked */
            matched: number;
            /** @description Stage moves the stage model does not allow, per solution interest and current stage: those groups are left as they are */
            refused: {
                count: number;
                /** @description Their current stage */
                from: string | null;
                reason: string;
                solutionInterestId: string;
            }[];
            /** @description Already in the state asked for */
            unchanged: number;
            updated: number;
        };
        BuyingGroupBulkResultInput: {
            /** @description Groups the ids or the filter picked */
            matched: number;
            /** @description Stage moves the stage model does not allow, per solution interest and current stage: those groups are left as they are */
            refused: {
                count: number;
                /** @description Their current stage */
                from: string | null;
                reason: string;
                solutionInterestId: string;
            }[];
            /** @description Already in the state asked for */
            unchanged: number;
            updated: number;
        };
        BuyingGroupBulkUpdate: {
            action: {
                /** @description At most 50 characters after trimming; null or "" clears it */
                statusLabel: string | null;
                /** @constant */
                type: "set_status";
            } | {
                /** @description Stage key */
                to: string;
                /** @constant */
                type: "move_stage";
            };
            /** @description Every group matching these filters of POST /buying-groups/search (an empty object: every group); or send ids */
            filter?: {
                /** @description An account condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Person-only leaves (activity, persona, roleInAccount) are refused outside "people.where". Related people: {"people": {"atLeast": N, "where": <person condition, evaluated for this account>, "relationType": "employee" | "contractor" or a list}} — at least N people with an active relation match. Buying-group state: {"buyingGroup": {"solutionInterestId": "si_…", "active": true|false, "stage": stage key(s) of the solution interest's stage model, "status": {"op", "value"} text test on the status label, "completeness" / "engagement": {"op": eq|neq|lt|lte|gt|gte|between, "value"} on the 0–100 score, "roleCount": [{"roleId": "rol_…", "atLeast"?: N, "atMost"?: N}]}} — the account has a group for that solution interest meeting every constraint given. Inside "people.where", fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations). */
                accountCondition?: unknown;
                /** @description Country of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
                accountCountry?: unknown;
                /** @description Groups of this account (an unknown id is a 400) */
                accountId?: string;
                /** @description Industry of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
                accountIndustry?: unknown;
                /** @description true: active groups only; false: inactive ones only */
                active?: boolean;
                /** @description Completeness < this (exact score), e.g. 50 */
                completenessBelow?: number;
                /** @description Completeness ≤ this (exact score) */
                completenessMax?: number;
                /** @description Completeness ≥ this (exact score) */
                completenessMin?: number;
                /** @description Engagement < this (exact score) */
                engagementBelow?: number;
                /** @description Engagement ≤ this (exact score) */
                engagementMax?: number;
                /** @description Engagement ≥ this (exact score) */
                engagementMin?: number;
                /** @description true: groups with at least one required role that nobody holds; false: groups with every required role held */
                hasMissingRoles?: boolean;
                /** @description true: groups with a status label; false: groups without */
                hasStatusLabel?: boolean;
                /** @description As missingRoleId, by role name (case-insensitive, e.g. missingRole=Decision Maker); an unknown name is a 400 listing the roles */
                missingRole?: unknown;
                /** @description Groups where this role is required by the template and no current member holds it; repeat for several roles (all of them missing, or any of them with missingRoleMatch=any). An unknown role id is a 400 suggesting the id meant */
                missingRoleId?: unknown;
                /**
                 * @description With several missing roles: all (default) — every one of them is missing; any — at least one of them is
                 * @enum {string}
                 */
                missingRoleMatch?: "all" | "any";
                /** @description Free text in the group’s name ("<solution interest> for <account>"), case-insensitive */
                q?: string;
                /** @description Solution interest name, case-insensitive (an unknown name is a 400 suggesting close names); combines with solutionInterestId; repeat the parameter for several values (any of them matches) */
                solutionInterest?: unknown;
                /** @description Solution interest id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
                solutionInterestId?: unknown;
                /** @description Stage key, case-insensitive (a key no stage model has is a 400 listing the valid keys); repeat the parameter for several values (any of them matches) */
                stage?: unknown;
                /** @description Status label (case-insensitive, surrounding spaces ignored); repeat the parameter for several values (any of them matches) */
                statusLabel?: unknown;
                /** @description Roles template name, case-insensitive (an unknown name is a 400 suggesting close names); combines with templateId; repeat the parameter for several values (any of them matches) */
                template?: unknown;
                /** @description Roles template id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
                templateId?: unknown;
            };
            /** @description The groups to change, by id (at most 500); or send filter */
            ids?: string[];
        };
        BuyingGroupBulkUpdateInput: {
            action: {
                /** @description At most 50 characters after trimming; null or "" clears it */
                statusLabel: string | null;
                /** @constant */
                type: "set_status";
            } | {
                /** @description Stage key */
                to: string;
                /** @constant */
                type: "move_stage";
            };
            /** @description Every group matching these filters of POST /buying-groups/search (an empty object: every group); or send ids */
            filter?: {
                /** @description An account condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Person-only leaves (activity, persona, roleInAccount) are refused outside "people.where". Related people: {"people": {"atLeast": N, "where": <person condition, evaluated for this account>, "relationType": "employee" | "contractor" or a list}} — at least N people with an active relation match. Buying-group state: {"buyingGroup": {"solutionInterestId": "si_…", "active": true|false, "stage": stage key(s) of the solution interest's stage model, "status": {"op", "value"} text test on the status label, "completeness" / "engagement": {"op": eq|neq|lt|lte|gt|gte|between, "value"} on the 0–100 score, "roleCount": [{"roleId": "rol_…", "atLeast"?: N, "atMost"?: N}]}} — the account has a group for that solution interest meeting every constraint given. Inside "people.where", fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations). */
                accountCondition?: unknown;
                /** @description Country of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
                accountCountry?: string | string[];
                /** @description Groups of this account (an unknown id is a 400) */
                accountId?: string;
                /** @description Industry of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
                accountIndustry?: string | string[];
                /** @description true: active groups only; false: inactive ones only */
                active?: boolean;
                /** @description Completeness < this (exact score), e.g. 50 */
                completenessBelow?: number;
                /** @description Completeness ≤ this (exact score) */
                completenessMax?: number;
                /** @description Completeness ≥ this (exact score) */
                completenessMin?: number;
                /** @description Engagement < this (exact score) */
                engagementBelow?: number;
                /** @description Engagement ≤ this (exact score) */
                engagementMax?: number;
                /** @description Engagement ≥ this (exact score) */
                engagementMin?: number;
                /** @description true: groups with at least one required role that nobody holds; false: groups with every required role held */
                hasMissingRoles?: boolean;
                /** @description true: groups with a status label; false: groups without */
                hasStatusLabel?: boolean;
                /** @description As missingRoleId, by role name (case-insensitive, e.g. missingRole=Decision Maker); an unknown name is a 400 listing the roles */
                missingRole?: string | string[];
                /** @description Groups where this role is required by the template and no current member holds it; repeat for several roles (all of them missing, or any of them with missingRoleMatch=any). An unknown role id is a 400 suggesting the id meant */
                missingRoleId?: string | string[];
                /**
                 * @description With several missing roles: all (default) — every one of them is missing; any — at least one of them is
                 * @enum {string}
                 */
                missingRoleMatch?: "all" | "any";
                /** @description Free text in the group’s name ("<solution interest> for <account>"), case-insensitive */
                q?: string;
                /** @description Solution interest name, case-insensitive (an unknown name is a 400 suggesting close names); combines with solutionInterestId; repeat the parameter for several values (any of them matches) */
                solutionInterest?: string | string[];
                /** @description Solution interest id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
                solutionInterestId?: string | string[];
                /** @description Stage key, case-insensitive (a key no stage model has is a 400 listing the valid keys); repeat the parameter for several values (any of them matches) */
                stage?: string | string[];
                /** @description Status label (case-insensitive, surrounding spaces ignored); repeat the parameter for several values (any of them matches) */
                statusLabel?: string | string[];
                /** @description Roles template name, case-insensitive (an unknown name is a 400 suggesting close names); combines with templateId; repeat the parameter for several values (any of them matches) */
                template?: string | string[];
                /** @description Roles template id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
                templateId?: string | string[];
            };
            /** @description The groups to change, by id (at most 500); or send filter */
            ids?: string[];
        };
        BuyingGroupEvent: {
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            createdAt: string;
            id: string;
            payload: {
                [key: string]: unknown;
            };
            /** @description Position in the outbox; consumers read in this order */
            seq: number;
            /** @description member_added, member_removed (with reasonCode: no_longer_matches, left_account + relation, no_longer_related, removed_by_hand, person_deleted, role_not_in_template), role_changed, completeness_changed, engagement_changed, stage_changed, status_changed, group_created, active_changed, template_changed */
            type: string;
        };
        BuyingGroupEventInput: {
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            createdAt: string;
            id: string;
            payload: {
                [key: string]: unknown;
            };
            /** @description Position in the outbox; consumers read in this order */
            seq: number;
            /** @description member_added, member_removed (with reasonCode: no_longer_matches, left_account + relation, no_longer_related, removed_by_hand, person_deleted, role_not_in_template), role_changed, completeness_changed, engagement_changed, stage_changed, status_changed, group_created, active_changed, template_changed */
            type: string;
        };
        BuyingGroupInput: {
            accountId: string;
            accountName: string;
            active: boolean;
            /** @description Completeness, 0–100, stored exactly (SPEC §5) */
            completeness: number;
            /** @description Completeness as displayed: a whole percentage, rounded half up */
            completenessDisplay: number;
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            createdAt: string;
            /** @description Engagement, 0–100, stored exactly (SPEC §5) */
            engagement: number;
            /** @description Engagement as displayed: a whole percentage, rounded half up */
            engagementDisplay: number;
            id: string;
            /** @description Members not removed */
            memberCount: number;
            /** @description Required roles of the template that no current member holds, in template order */
            missingRoleIds: string[];
            /** @description "<solution interest> for <account>" */
            name: string;
            /** @description Every required role of the template with its coverage, in template order */
            requiredRoles: {
                /** @description Current members holding the role */
                members: number;
                membersRequired: number;
                roleId: string;
                /** @description min(members, membersRequired) / membersRequired × 100 */
                score: number;
            }[];
            solutionInterestId: string;
            /** @description Key of a stage of the solution interest’s stage model. New groups start at the model’s entry stage; null when the solution interest has no Live stage model, when its model has several entry stages (move the group to one), or for groups created before the model was set */
            stage: string | null;
            statusLabel: string | null;
            templateId: string;
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            updatedAt: string;
            /** @description Also sent as the ETag header. Counts the changes made through the API (status label, stage, member actions); rules and scores do not change it. If-Match is optional. */
            version: number;
        };
        BuyingGroupJob: {
            attempts: number;
            /** @description The audience of a creation job (null for a template upgrade) */
            audienceId: string | null;
            cancelRequested: boolean;
            counts: {
                accountsSkipped: number;
                groupsCreated: number;
                groupsReactivated: number;
                /** @description Template upgrades: groups moved to the new template */
                groupsUpgraded: number;
                membersAdded: number;
                membersRemoved: number;
                rolesChanged: number;
                skipped: {
                    accountId: string;
                    reason: string;
                }[];
            };
            createdAt: string;
            error: string | null;
            finishedAt: string | null;
            id: string;
            options: {
                /** @description The depth the job runs with: the solution interest's stored scope */
                descendantDepth: number;
                /** @description Whether the job changed the stored scope to its depth */
                updateScope: boolean;
            };
            progress: {
                done: number;
                total: number;
            };
            solutionInterestId: string;
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
            /** @description For a template upgrade: the template the solution interest had and the one its groups move to */
            templateUpgrade: {
                fromTemplateId: string;
                toTemplateId: string;
            } | null;
            /**
             * @description buying_group_creation (a creation job) or template_upgrade (POST /solution-interests/{id}/upgrade-template)
             * @enum {string}
             */
            type: "buying_group_creation" | "template_upgrade" | "suggestions";
        };
        BuyingGroupJobCreate: {
            audienceId: string;
            options?: {
                /** @description Also consider people of descendant accounts down to this depth. A solution interest has one scope (stored by its first job): omitted = that scope (0 for a first job); another depth is refused with 409 unless updateScope is true */
                descendantDepth?: number;
                /**
                 * @description Change the solution interest's stored scope to descendantDepth: all its active buying groups are reconciled with the new scope by this job
                 * @default false
                 */
                updateScope: boolean;
            };
            solutionInterestId: string;
        };
        BuyingGroupJobCreateInput: {
            audienceId: string;
            options?: {
                /** @description Also consider people of descendant accounts down to this depth. A solution interest has one scope (stored by its first job): omitted = that scope (0 for a first job); another depth is refused with 409 unless updateScope is true */
                descendantDepth?: number;
                /**
                 * @description Change the solution interest's stored scope to descendantDepth: all its active buying groups are reconciled with the new scope by this job
                 * @default false
                 */
                updateScope: boolean;
            };
            solutionInterestId: string;
        };
        BuyingGroupJobInput: {
            attempts: number;
            /** @description The audience of a creation job (null for a template upgrade) */
            audienceId: string | null;
            cancelRequested: boolean;
            counts: {
                accountsSkipped: number;
                groupsCreated: number;
                groupsReactivated: number;
                /** @description Template upgrades: groups moved to the new template */
                groupsUpgraded: number;
                membersAdded: number;
                membersRemoved: number;
                rolesChanged: number;
                skipped: {
                    accountId: string;
                    reason: string;
                }[];
            };
            createdAt: string;
            error: string | null;
            finishedAt: string | null;
            id: string;
            options: {
                /** @description The depth the job runs with: the solution interest's stored scope */
                descendantDepth: number;
                /** @description Whether the job changed the stored scope to its depth */
                updateScope: boolean;
            };
            progress: {
                done: number;
                total: number;
            };
            solutionInterestId: string;
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
            /** @description For a template upgrade: the template the solution interest had and the one its groups move to */
            templateUpgrade: {
                fromTemplateId: string;
                toTemplateId: string;
            } | null;
            /**
             * @description buying_group_creation (a creation job) or template_upgrade (POST /solution-interests/{id}/upgrade-template)
             * @enum {string}
             */
            type: "buying_group_creation" | "template_upgrade" | "suggestions";
        };
        BuyingGroupMember: {
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            addedAt: string;
            email: string;
            firstName: string | null;
            jobTitle: string | null;
            lastName: string | null;
            /** @description The person’s engagement score, 0–100, stored exactly (SPEC §5) */
            personEngagement: number;
            /** @description The person’s engagement score as displayed: a whole percentage, rounded half up */
            personEngagementDisplay: number;
            personId: string;
            /** @description Removed members are remembered so that rules do not add them again */
            removed: boolean;
            removedAt: string | null;
            roleId: string;
            roleName: string;
            /** @enum {string} */
            source: "manual" | "journey" | "import" | "rule" | "suggestion";
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            updatedAt: string;
        };
        BuyingGroupMemberInput: {
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            addedAt: string;
            email: string;
            firstName: string | null;
            jobTitle: string | null;
            lastName: string | null;
            /** @description The person’s engagement score, 0–100, stored exactly (SPEC §5) */
            personEngagement: number;
            /** @description The person’s engagement score as displayed: a whole percentage, rounded half up */
            personEngagementDisplay: number;
            personId: string;
            /** @description Removed members are remembered so that rules do not add them again */
            removed: boolean;
            removedAt: string | null;
            roleId: string;
            roleName: string;
            /** @enum {string} */
            source: "manual" | "journey" | "import" | "rule" | "suggestion";
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            updatedAt: string;
        };
        BuyingGroupNonMember: {
            person: components["schemas"]["Person"];
            /** @description Was a member and was removed (remembered, so rules do not add them again) */
            removed: boolean;
        };
        BuyingGroupNonMemberInput: {
            person: components["schemas"]["PersonInput"];
            /** @description Was a member and was removed (remembered, so rules do not add them again) */
            removed: boolean;
        };
        BuyingGroupSearch: {
            /** @description An account condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Person-only leaves (activity, persona, roleInAccount) are refused outside "people.where". Related people: {"people": {"atLeast": N, "where": <person condition, evaluated for this account>, "relationType": "employee" | "contractor" or a list}} — at least N people with an active relation match. Buying-group state: {"buyingGroup": {"solutionInterestId": "si_…", "active": true|false, "stage": stage key(s) of the solution interest's stage model, "status": {"op", "value"} text test on the status label, "completeness" / "engagement": {"op": eq|neq|lt|lte|gt|gte|between, "value"} on the 0–100 score, "roleCount": [{"roleId": "rol_…", "atLeast"?: N, "atMost"?: N}]}} — the account has a group for that solution interest meeting every constraint given. Inside "people.where", fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations). */
            accountCondition?: unknown;
            /** @description Country of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
            accountCountry?: unknown;
            /** @description Groups of this account (an unknown id is a 400) */
            accountId?: string;
            /** @description Industry of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
            accountIndustry?: unknown;
            /** @description true: active groups only; false: inactive ones only */
            active?: boolean;
            /** @description Completeness < this (exact score), e.g. 50 */
            completenessBelow?: number;
            /** @description Completeness ≤ this (exact score) */
            completenessMax?: number;
            /** @description Completeness ≥ this (exact score) */
            completenessMin?: number;
            /** @description Opaque cursor from the previous page’s nextCursor */
            cursor?: string;
            /** @description Engagement < this (exact score) */
            engagementBelow?: number;
            /** @description Engagement ≤ this (exact score) */
            engagementMax?: number;
            /** @description Engagement ≥ this (exact score) */
            engagementMin?: number;
            /** @description true: groups with at least one required role that nobody holds; false: groups with every required role held */
            hasMissingRoles?: boolean;
            /** @description true: groups with a status label; false: groups without */
            hasStatusLabel?: boolean;
            /**
             * @description Page size (1–500, default 50)
             * @default 50
             */
            limit: number;
            /** @description As missingRoleId, by role name (case-insensitive, e.g. missingRole=Decision Maker); an unknown name is a 400 listing the roles */
            missingRole?: unknown;
            /** @description Groups where this role is required by the template and no current member holds it; repeat for several roles (all of them missing, or any of them with missingRoleMatch=any). An unknown role id is a 400 suggesting the id meant */
            missingRoleId?: unknown;
            /**
             * @description With several missing roles: all (default) — every one of them is missing; any — at least one of them is
             * @enum {string}
             */
            missingRoleMatch?: "all" | "any";
            /** @description Free text in the group’s name ("<solution interest> for <account>"), case-insensitive */
            q?: string;
            /** @description Solution interest name, case-insensitive (an unknown name is a 400 suggesting close names); combines with solutionInterestId; repeat the parameter for several values (any of them matches) */
            solutionInterest?: unknown;
            /** @description Solution interest id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
            solutionInterestId?: unknown;
            /** @description name, completeness, engagement, createdAt or updatedAt; prefix with - for descending (e.g. -completeness) */
            sort?: string;
            /** @description Stage key, case-insensitive (a key no stage model has is a 400 listing the valid keys); repeat the parameter for several values (any of them matches) */
            stage?: unknown;
            /** @description Status label (case-insensitive, surrounding spaces ignored); repeat the parameter for several values (any of them matches) */
            statusLabel?: unknown;
            /** @description Roles template name, case-insensitive (an unknown name is a 400 suggesting close names); combines with templateId; repeat the parameter for several values (any of them matches) */
            template?: unknown;
            /** @description Roles template id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
            templateId?: unknown;
        };
        BuyingGroupSearchInput: {
            /** @description An account condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Person-only leaves (activity, persona, roleInAccount) are refused outside "people.where". Related people: {"people": {"atLeast": N, "where": <person condition, evaluated for this account>, "relationType": "employee" | "contractor" or a list}} — at least N people with an active relation match. Buying-group state: {"buyingGroup": {"solutionInterestId": "si_…", "active": true|false, "stage": stage key(s) of the solution interest's stage model, "status": {"op", "value"} text test on the status label, "completeness" / "engagement": {"op": eq|neq|lt|lte|gt|gte|between, "value"} on the 0–100 score, "roleCount": [{"roleId": "rol_…", "atLeast"?: N, "atMost"?: N}]}} — the account has a group for that solution interest meeting every constraint given. Inside "people.where", fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations). */
            accountCondition?: unknown;
            /** @description Country of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
            accountCountry?: string | string[];
            /** @description Groups of this account (an unknown id is a 400) */
            accountId?: string;
            /** @description Industry of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
            accountIndustry?: string | string[];
            /** @description true: active groups only; false: inactive ones only */
            active?: boolean;
            /** @description Completeness < this (exact score), e.g. 50 */
            completenessBelow?: number;
            /** @description Completeness ≤ this (exact score) */
            completenessMax?: number;
            /** @description Completeness ≥ this (exact score) */
            completenessMin?: number;
            /** @description Opaque cursor from the previous page’s nextCursor */
            cursor?: string;
            /** @description Engagement < this (exact score) */
            engagementBelow?: number;
            /** @description Engagement ≤ this (exact score) */
            engagementMax?: number;
            /** @description Engagement ≥ this (exact score) */
            engagementMin?: number;
            /** @description true: groups with at least one required role that nobody holds; false: groups with every required role held */
            hasMissingRoles?: boolean;
            /** @description true: groups with a status label; false: groups without */
            hasStatusLabel?: boolean;
            /**
             * @description Page size (1–500, default 50)
             * @default 50
             */
            limit: number;
            /** @description As missingRoleId, by role name (case-insensitive, e.g. missingRole=Decision Maker); an unknown name is a 400 listing the roles */
            missingRole?: string | string[];
            /** @description Groups where this role is required by the template and no current member holds it; repeat for several roles (all of them missing, or any of them with missingRoleMatch=any). An unknown role id is a 400 suggesting the id meant */
            missingRoleId?: string | string[];
            /**
             * @description With several missing roles: all (default) — every one of them is missing; any — at least one of them is
             * @enum {string}
             */
            missingRoleMatch?: "all" | "any";
            /** @description Free text in the group’s name ("<solution interest> for <account>"), case-insensitive */
            q?: string;
            /** @description Solution interest name, case-insensitive (an unknown name is a 400 suggesting close names); combines with solutionInterestId; repeat the parameter for several values (any of them matches) */
            solutionInterest?: string | string[];
            /** @description Solution interest id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
            solutionInterestId?: string | string[];
            /** @description name, completeness, engagement, createdAt or updatedAt; prefix with - for descending (e.g. -completeness) */
            sort?: string;
            /** @description Stage key, case-insensitive (a key no stage model has is a 400 listing the valid keys); repeat the parameter for several values (any of them matches) */
            stage?: string | string[];
            /** @description Status label (case-insensitive, surrounding spaces ignored); repeat the parameter for several values (any of them matches) */
            statusLabel?: string | string[];
            /** @description Roles template name, case-insensitive (an unknown name is a 400 suggesting close names); combines with templateId; repeat the parameter for several values (any of them matches) */
            template?: string | string[];
            /** @description Roles template id (an unknown id is a 400); repeat the parameter for several values (any of them matches) */
            templateId?: string | string[];
        };
        BuyingGroupStats: {
            active: number;
            bySolutionInterest: {
                count: number;
                solutionInterestId: string;
            }[];
            byStage: {
                count: number;
                solutionInterestId: string;
                stage: string | null;
            }[];
            completeness: {
                /** @description … and < belowExact (pass them as …Min / …Below to list the band) */
                belowExact: number;
                count: number;
                /** @description A band of displayed scores: 0–25, 26–50, 51–75, 76–100 */
                label: string;
                /** @description The band as exact scores: ≥ minExact … */
                minExact: number;
            }[];
            engagement: {
                /** @description … and < belowExact (pass them as …Min / …Below to list the band) */
                belowExact: number;
                count: number;
                /** @description A band of displayed scores: 0–25, 26–50, 51–75, 76–100 */
                label: string;
                /** @description The band as exact scores: ≥ minExact … */
                minExact: number;
            }[];
            /** @description Required roles nobody holds, most often missing first */
            missingRoles: {
                count: number;
                roleId: string;
            }[];
            total: number;
            /** @description Groups with at least one required role nobody holds */
            withMissingRoles: number;
        };
        BuyingGroupStatsInput: {
            active: number;
            bySolutionInterest: {
                count: number;
                solutionInterestId: string;
            }[];
            byStage: {
                count: number;
                solutionInterestId: string;
                stage: string | null;
            }[];
            completeness: {
                /** @description … and < belowExact (pass them as …Min / …Below to list the band) */
                belowExact: number;
                count: number;
                /** @description A band of displayed scores: 0–25, 26–50, 51–75, 76–100 */
                label: string;
                /** @description The band as exact scores: ≥ minExact … */
                minExact: number;
            }[];
            engagement: {
                /** @description … and < belowExact (pass them as …Min / …Below to list the band) */
                belowExact: number;
                count: number;
                /** @description A band of displayed scores: 0–25, 26–50, 51–75, 76–100 */
                label: string;
                /** @description The band as exact scores: ≥ minExact … */
                minExact: number;
            }[];
            /** @description Required roles nobody holds, most often missing first */
            missingRoles: {
                count: number;
                roleId: string;
            }[];
            total: number;
            /** @description Groups with at least one required role nobody holds */
            withMissingRoles: number;
        };
        BuyingGroupUpdate: {
            /** @description At most 50 characters after trimming; null or "" clears it */
            statusLabel?: string | null;
        };
        BuyingGroupUpdateInput: {
            /** @description At most 50 characters after trimming; null or "" clears it */
            statusLabel?: string | null;
        };
        /** @description A condition evaluated for one person: every node with its result, leaves with the values they saw */
        ConditionExplanation: {
            accountId?: string;
            /** @description The value seen: the stored value as entered (field), the count (activity), the roles or accounts (roleInAccount, memberOfList) */
            actual?: unknown;
            atLeast?: number;
            child?: components["schemas"]["ConditionExplanation"];
            children?: components["schemas"]["ConditionExplanation"][];
            field?: string;
            inLastDays?: number;
            /** @enum {string} */
            kind: "all" | "any" | "not" | "field" | "activity" | "persona" | "memberOfList" | "roleInAccount" | "descendantOf";
            listId?: string;
            matched: boolean;
            op?: string;
            personaId?: string;
            /** @description The test, its result and the value(s) it saw */
            sentence: string;
            types?: string[];
            value?: unknown;
            via?: string[];
        };
        /** @description A condition evaluated for one person: every node with its result, leaves with the values they saw */
        ConditionExplanationInput: {
            accountId?: string;
            /** @description The value seen: the stored value as entered (field), the count (activity), the roles or accounts (roleInAccount, memberOfList) */
            actual?: unknown;
            atLeast?: number;
            child?: components["schemas"]["ConditionExplanationInput"];
            children?: components["schemas"]["ConditionExplanationInput"][];
            field?: string;
            inLastDays?: number;
            /** @enum {string} */
            kind: "all" | "any" | "not" | "field" | "activity" | "persona" | "memberOfList" | "roleInAccount" | "descendantOf";
            listId?: string;
            matched: boolean;
            op?: string;
            personaId?: string;
            /** @description The test, its result and the value(s) it saw */
            sentence: string;
            types?: string[];
            value?: unknown;
            via?: string[];
        };
        ConditionField: {
            /** @enum {string} */
            group: "person" | "derived" | "account" | "custom";
            label: string;
            /** @description The operators that apply to the type */
            operators: string[];
            /** @description What a condition’s `field` holds: a built-in field (jobTitle) or custom.<key> */
            path: string;
            /** @description Custom attributes: in how many sampled rows the key holds a value of that type */
            seen?: number;
            /**
             * @description For custom attributes: the type most stored values have; send it as the condition’s `type`
             * @enum {string}
             */
            type: "string" | "number" | "date" | "boolean";
            /** @description A closed set of values (normalised): other operands are refused */
            values?: string[];
        };
        ConditionFieldInput: {
            /** @enum {string} */
            group: "person" | "derived" | "account" | "custom";
            label: string;
            /** @description The operators that apply to the type */
            operators: string[];
            /** @description What a condition’s `field` holds: a built-in field (jobTitle) or custom.<key> */
            path: string;
            /** @description Custom attributes: in how many sampled rows the key holds a value of that type */
            seen?: number;
            /**
             * @description For custom attributes: the type most stored values have; send it as the condition’s `type`
             * @enum {string}
             */
            type: "string" | "number" | "date" | "boolean";
            /** @description A closed set of values (normalised): other operands are refused */
            values?: string[];
        };
        ConditionFields: {
            /** @description True when more than 200 custom attribute keys were found (the most frequent are listed) */
            customKeysTruncated: boolean;
            fields: components["schemas"]["ConditionField"][];
            /** @description Operators by value type; `score` for buying-group completeness and engagement */
            operators: {
                boolean: string[];
                date: string[];
                number: string[];
                score: string[];
                string: string[];
            };
            /** @description Values of people.relationType */
            relationTypes: string[];
            /** @description Custom attributes are read from the newest 2000 rows */
            sampledRows: number;
            /** @enum {string} */
            subject: "person" | "account";
        };
        ConditionFieldsInput: {
            /** @description True when more than 200 custom attribute keys were found (the most frequent are listed) */
            customKeysTruncated: boolean;
            fields: components["schemas"]["ConditionFieldInput"][];
            /** @description Operators by value type; `score` for buying-group completeness and engagement */
            operators: {
                boolean: string[];
                date: string[];
                number: string[];
                score: string[];
                string: string[];
            };
            /** @description Values of people.relationType */
            relationTypes: string[];
            /** @description Custom attributes are read from the newest 2000 rows */
            sampledRows: number;
            /** @enum {string} */
            subject: "person" | "account";
        };
        ConditionReferrer: {
            /** @enum {string} */
            entityType: "persona" | "roles_template" | "account_list";
            id: string;
            name: string;
            /** @description Roles templates: the role whose condition holds the reference */
            roleName?: string;
        };
        ConditionReferrerInput: {
            /** @enum {string} */
            entityType: "persona" | "roles_template" | "account_list";
            id: string;
            name: string;
            /** @description Roles templates: the role whose condition holds the reference */
            roleName?: string;
        };
        DetectedImport: {
            /** @description The file's columns in file order */
            columns: string[];
            /** @description CSV: the detected separator (",", ";", tab or "|") */
            delimiter: string | null;
            /** @description utf-8 or windows-1252 */
            encoding: string;
            /** @description Every field of this import type */
            fields: {
                description: string;
                label: string;
                name: string;
                required: boolean;
            }[];
            /** @enum {string} */
            format: "csv" | "jsonl";
            mapping: components["schemas"]["ImportMapping"];
            /** @description Required fields no column maps to: the import is refused until they are mapped */
            missingRequired: string[];
            /** @description The first data rows, as text, keyed by column */
            sample: {
                [key: string]: string;
            }[];
            /** @description Columns mapped to nothing (kept as custom attributes with keepUnmapped, where the type has them) */
            unmapped: string[];
        };
        DetectedImportInput: {
            /** @description The file's columns in file order */
            columns: string[];
            /** @description CSV: the detected separator (",", ";", tab or "|") */
            delimiter: string | null;
            /** @description utf-8 or windows-1252 */
            encoding: string;
            /** @description Every field of this import type */
            fields: {
                description: string;
                label: string;
                name: string;
                required: boolean;
            }[];
            /** @enum {string} */
            format: "csv" | "jsonl";
            mapping: components["schemas"]["ImportMappingInput"];
            /** @description Required fields no column maps to: the import is refused until they are mapped */
            missingRequired: string[];
            /** @description The first data rows, as text, keyed by column */
            sample: {
                [key: string]: string;
            }[];
            /** @description Columns mapped to nothing (kept as custom attributes with keepUnmapped, where the type has them) */
            unmapped: string[];
        };
        EffectiveWeightingModel: {
            bands: {
                [key: string]: number;
            };
            dailyCap: number;
            /** @description null: no model is active and the default model (SPEC §5) applies */
            id: string | null;
            isDefault: boolean;
            k: number;
            name: string;
            weights: {
                [key: string]: number;
            };
            windowDays: number;
        };
        EffectiveWeightingModelInput: {
            bands: {
                [key: string]: number;
            };
            dailyCap: number;
            /** @description null: no model is active and the default model (SPEC §5) applies */
            id: string | null;
            isDefault: boolean;
            k: number;
            name: string;
            weights: {
                [key: string]: number;
            };
            windowDays: number;
        };
        EngagementRecompute: {
            events: number;
            groups: number;
            groupsChanged: number;
            ms: number;
            people: number;
            peopleChanged: number;
        };
        EngagementRecomputeInput: {
            events: number;
            groups: number;
            groupsChanged: number;
            ms: number;
            people: number;
            peopleChanged: number;
        };
        FollowedAudience: {
            audienceId: string;
            /** @enum {string} */
            audienceKind: "static" | "dynamic";
            audienceName: string;
            createdAt: string;
            /** @description The creation job that started the following */
            createdByJob: string | null;
            /** @description The scope of the solution interest’s groups (the same for all its audiences) */
            descendantDepth: number;
        };
        FollowedAudienceInput: {
            audienceId: string;
            /** @enum {string} */
            audienceKind: "static" | "dynamic";
            audienceName: string;
            createdAt: string;
            /** @description The creation job that started the following */
            createdByJob: string | null;
            /** @description The scope of the solution interest’s groups (the same for all its audiences) */
            descendantDepth: number;
        };
        ImportCreate: {
            /**
             * @description Report exactly what would change (counts and problems) and write nothing
             * @default false
             */
            dryRun: boolean;
            /**
             * @description Keep unmapped columns as custom attributes (accounts, people)
             * @default false
             */
            keepUnmapped: boolean;
            mapping?: components["schemas"]["ImportMapping"];
            /**
             * @description What the file holds: accounts, people, relations, activities or members (the third-party buying group import)
             * @enum {string}
             */
            type: "accounts" | "people" | "relations" | "activities" | "members";
            /** @description From POST /imports/uploads */
            uploadId: string;
        };
        ImportCreateInput: {
            /**
             * @description Report exactly what would change (counts and problems) and write nothing
             * @default false
             */
            dryRun: boolean;
            /**
             * @description Keep unmapped columns as custom attributes (accounts, people)
             * @default false
             */
            keepUnmapped: boolean;
            mapping?: components["schemas"]["ImportMappingInput"];
            /**
             * @description What the file holds: accounts, people, relations, activities or members (the third-party buying group import)
             * @enum {string}
             */
            type: "accounts" | "people" | "relations" | "activities" | "members";
            /** @description From POST /imports/uploads */
            uploadId: string;
        };
        ImportDetect: {
            mapping?: components["schemas"]["ImportMapping"];
            /**
             * @description What the file holds: accounts, people, relations, activities or members (the third-party buying group import)
             * @enum {string}
             */
            type: "accounts" | "people" | "relations" | "activities" | "members";
        };
        ImportDetectInput: {
            mapping?: components["schemas"]["ImportMappingInput"];
            /**
             * @description What the file holds: accounts, people, relations, activities or members (the third-party buying group import)
             * @enum {string}
             */
            type: "accounts" | "people" | "relations" | "activities" | "members";
        };
        ImportJob: {
            attempts: number;
            cancelRequested: boolean;
            /** @description Running counts while the job runs; the result when it ends. A cancelled import keeps the rows written before it stopped: these counts */
            counts: {
                inserted: number;
                /** @description Problems found (rows rejected, values dropped); all of them are in the report */
                problemsTotal: number;
                rejected: number;
                rowsRead: number;
                unchanged: number;
                updated: number;
            };
            createdAt: string;
            /** @description A dry run classifies every row as a real run would and writes nothing */
            dryRun: boolean;
            durationMs: number | null;
            error: string | null;
            filename: string;
            finishedAt: string | null;
            id: string;
            /**
             * @description What the file holds: accounts, people, relations, activities or members (the third-party buying group import)
             * @enum {string}
             */
            importType: "accounts" | "people" | "relations" | "activities" | "members";
            keepUnmapped: boolean;
            /** @description The explicit mapping the import was started with (null: the recognised one) */
            mapping: components["schemas"]["ImportMapping"] | null;
            /** @description Bytes of the file read, of its size */
            progress: {
                done: number;
                total: number;
            };
            /** @description The per-row problems as CSV (row, column, value, reason), once the job has ended */
            reportUrl: string;
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
            /** @constant */
            type: "import";
            uploadId: string;
        };
        ImportJobInput: {
            attempts: number;
            cancelRequested: boolean;
            /** @description Running counts while the job runs; the result when it ends. A cancelled import keeps the rows written before it stopped: these counts */
            counts: {
                inserted: number;
                /** @description Problems found (rows rejected, values dropped); all of them are in the report */
                problemsTotal: number;
                rejected: number;
                rowsRead: number;
                unchanged: number;
                updated: number;
            };
            createdAt: string;
            /** @description A dry run classifies every row as a real run would and writes nothing */
            dryRun: boolean;
            durationMs: number | null;
            error: string | null;
            filename: string;
            finishedAt: string | null;
            id: string;
            /**
             * @description What the file holds: accounts, people, relations, activities or members (the third-party buying group import)
             * @enum {string}
             */
            importType: "accounts" | "people" | "relations" | "activities" | "members";
            keepUnmapped: boolean;
            /** @description The explicit mapping the import was started with (null: the recognised one) */
            mapping: components["schemas"]["ImportMappingInput"] | null;
            /** @description Bytes of the file read, of its size */
            progress: {
                done: number;
                total: number;
            };
            /** @description The per-row problems as CSV (row, column, value, reason), once the job has ended */
            reportUrl: string;
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
            /** @constant */
            type: "import";
            uploadId: string;
        };
        /** @description File column → field of the import type (null: ignore the column). Columns not named keep the recognised mapping */
        ImportMapping: {
            [key: string]: string | null;
        };
        /** @description File column → field of the import type (null: ignore the column). Columns not named keep the recognised mapping */
        ImportMappingInput: {
            [key: string]: string | null;
        };
        ImportUpload: {
            bytes: number;
            detected: components["schemas"]["DetectedImport"];
            filename: string;
            uploadId: string;
        };
        ImportUploadInput: {
            bytes: number;
            detected: components["schemas"]["DetectedImportInput"];
            filename: string;
            uploadId: string;
        };
        InducedTemplate: {
            /** @description People learned from: those of groups with a confirmed member */
            people: number;
            roles: {
                /** @description The induced condition (the condition language) */
                condition: unknown;
                precision: number;
                predicted: number;
                recall: number;
                roleId: string;
                support: number;
            }[];
            /** @description The Draft roles template created (open it in the template editor: /roles-templates/{id}) */
            templateId: string;
            templateName: string;
        };
        InducedTemplateInput: {
            /** @description People learned from: those of groups with a confirmed member */
            people: number;
            roles: {
                /** @description The induced condition (the condition language) */
                condition: unknown;
                precision: number;
                predicted: number;
                recall: number;
                roleId: string;
                support: number;
            }[];
            /** @description The Draft roles template created (open it in the template editor: /roles-templates/{id}) */
            templateId: string;
            templateName: string;
        };
        MemberActions: {
            actions: ({
                /** @constant */
                op: "add";
                personId: string;
                roleId: string;
            } | {
                /** @constant */
                op: "remove";
                personId: string;
            } | {
                /** @constant */
                op: "change_role";
                personId: string;
                roleId: string;
            } | {
                /** @constant */
                op: "release";
                personId: string;
            })[];
        };
        MemberActionsInput: {
            actions: ({
                /** @constant */
                op: "add";
                personId: string;
                roleId: string;
            } | {
                /** @constant */
                op: "remove";
                personId: string;
            } | {
                /** @constant */
                op: "change_role";
                personId: string;
                roleId: string;
            } | {
                /** @constant */
                op: "release";
                personId: string;
            })[];
        };
        MemberActionsResult: {
            /** @description Membership changes made, in action order (index = position in `actions`) */
            changes: ({
                index: number;
                /** @constant */
                kind: "member_added";
                personId: string;
                roleId: string;
                /** @enum {string} */
                source: "manual" | "journey" | "import" | "rule" | "suggestion";
            } | {
                index: number;
                /** @constant */
                kind: "member_removed";
                personId: string;
                /** @enum {string} */
                previousSource: "manual" | "journey" | "import" | "rule" | "suggestion";
                roleId: string;
                /** @enum {string} */
                source: "manual" | "journey" | "import" | "rule" | "suggestion";
            } | {
                fromRoleId: string;
                index: number;
                /** @constant */
                kind: "role_changed";
                personId: string;
                /** @enum {string} */
                previousSource: "manual" | "journey" | "import" | "rule" | "suggestion";
                /** @enum {string} */
                source: "manual" | "journey" | "import" | "rule" | "suggestion";
                toRoleId: string;
            })[];
            /** @description The group after the changes, with refreshed scores */
            group: components["schemas"]["BuyingGroup"];
            /** @description Actions that changed no membership, and why */
            unchanged: {
                index: number;
                personId: string;
                reason: string;
            }[];
        };
        MemberActionsResultInput: {
            /** @description Membership changes made, in action order (index = position in `actions`) */
            changes: ({
                index: number;
                /** @constant */
                kind: "member_added";
                personId: string;
                roleId: string;
                /** @enum {string} */
                source: "manual" | "journey" | "import" | "rule" | "suggestion";
            } | {
                index: number;
                /** @constant */
                kind: "member_removed";
                personId: string;
                /** @enum {string} */
                previousSource: "manual" | "journey" | "import" | "rule" | "suggestion";
                roleId: string;
                /** @enum {string} */
                source: "manual" | "journey" | "import" | "rule" | "suggestion";
            } | {
                fromRoleId: string;
                index: number;
                /** @constant */
                kind: "role_changed";
                personId: string;
                /** @enum {string} */
                previousSource: "manual" | "journey" | "import" | "rule" | "suggestion";
                /** @enum {string} */
                source: "manual" | "journey" | "import" | "rule" | "suggestion";
                toRoleId: string;
            })[];
            /** @description The group after the changes, with refreshed scores */
            group: components["schemas"]["BuyingGroupInput"];
            /** @description Actions that changed no membership, and why */
            unchanged: {
                index: number;
                personId: string;
                reason: string;
            }[];
        };
        MemberExplanation: {
            accountId: string;
            accountName: string;
            buyingGroupId: string;
            buyingGroupName: string;
            /** @description Whether rules consider the person: an active relation with the account (or a descendant in scope) */
            considered: boolean;
            decision: {
                /** @description The change rules would make at the next refresh */
                change: {
                    [key: string]: unknown;
                } | null;
                /** @description The stronger source whose decision stands against the rules */
                decidedBy: ("manual" | "journey" | "import" | "rule" | "suggestion") | null;
                /** @enum {string} */
                kind: "in_sync" | "agrees_with_stronger_source" | "kept_by_stronger_source" | "removed_by_stronger_source" | "would_add" | "would_change_role" | "would_remove";
            };
            /** @description How far below the group's account rules look for people: the solution interest's stored scope (see the creation job's options), else 0 */
            descendantDepth: number;
            evaluatedAt: string;
            /** @description Every auto-assigned role whose condition holds, in priority order; the first one wins */
            matchedRoleIds: string[];
            /** @description The stored membership (null: never a member) */
            membership: {
                addedAt: string;
                removed: boolean;
                removedAt: string | null;
                roleId: string;
                roleName: string;
                /** @enum {string} */
                source: "manual" | "journey" | "import" | "rule" | "suggestion";
                updatedAt: string;
            } | null;
            person: {
                email: string;
                firstName: string | null;
                id: string;
                jobTitle: string | null;
                lastName: string | null;
            };
            relations: {
                accountId: string;
                accountName: string;
                active: boolean;
                depth: number;
                endedOn: string | null;
                roles: string[];
            }[];
            /** @description Every role definition of the template, in priority order */
            roles: components["schemas"]["RoleExplanation"][];
            /** @description The role rules give now */
            ruleRole: {
                roleId: string;
                roleName: string;
            } | null;
            solutionInterestId: string;
            summary: string;
            templateId: string;
            templateName: string;
        };
        MemberExplanationInput: {
            accountId: string;
            accountName: string;
            buyingGroupId: string;
            buyingGroupName: string;
            /** @description Whether rules consider the person: an active relation with the account (or a descendant in scope) */
            considered: boolean;
            decision: {
                /** @description The change rules would make at the next refresh */
                change: {
                    [key: string]: unknown;
                } | null;
                /** @description The stronger source whose decision stands against the rules */
                decidedBy: ("manual" | "journey" | "import" | "rule" | "suggestion") | null;
                /** @enum {string} */
                kind: "in_sync" | "agrees_with_stronger_source" | "kept_by_stronger_source" | "removed_by_stronger_source" | "would_add" | "would_change_role" | "would_remove";
            };
            /** @description How far below the group's account rules look for people: the solution interest's stored scope (see the creation job's options), else 0 */
            descendantDepth: number;
            evaluatedAt: string;
            /** @description Every auto-assigned role whose condition holds, in priority order; the first one wins */
            matchedRoleIds: string[];
            /** @description The stored membership (null: never a member) */
            membership: {
                addedAt: string;
                removed: boolean;
                removedAt: string | null;
                roleId: string;
                roleName: string;
                /** @enum {string} */
                source: "manual" | "journey" | "import" | "rule" | "suggestion";
                updatedAt: string;
            } | null;
            person: {
                email: string;
                firstName: string | null;
                id: string;
                jobTitle: string | null;
                lastName: string | null;
            };
            relations: {
                accountId: string;
                accountName: string;
                active: boolean;
                depth: number;
                endedOn: string | null;
                roles: string[];
            }[];
            /** @description Every role definition of the template, in priority order */
            roles: components["schemas"]["RoleExplanationInput"][];
            /** @description The role rules give now */
            ruleRole: {
                roleId: string;
                roleName: string;
            } | null;
            solutionInterestId: string;
            summary: string;
            templateId: string;
            templateName: string;
        };
        MemberSuggestion: {
            accountId: string;
            buyingGroupId: string;
            createdAt: string;
            decidedAt: string | null;
            person: {
                email: string;
                firstName: string | null;
                jobTitle: string | null;
                lastName: string | null;
            };
            personId: string;
            probability: number;
            reasons: {
                /** @description The feature, e.g. t:leiter (title word), s:director (seniority), a:event_attended:2-4 */
                feature: string;
                /** @description In words */
                text: string;
                /** @description Its term in the log-odds of the role against no role */
                weight: number;
            }[];
            /** @description The reasons in one line: "title contains 'leiter' (+0.9), event attended 2-4 times (+0.4)" */
            reasonsText: string;
            roleId: string;
            solutionInterestId: string;
            /** @constant */
            source: "suggestion";
            /** @enum {string} */
            state: "pending" | "confirmed" | "dismissed";
        };
        MemberSuggestionInput: {
            accountId: string;
            buyingGroupId: string;
            createdAt: string;
            decidedAt: string | null;
            person: {
                email: string;
                firstName: string | null;
                jobTitle: string | null;
                lastName: string | null;
            };
            personId: string;
            probability: number;
            reasons: {
                /** @description The feature, e.g. t:leiter (title word), s:director (seniority), a:event_attended:2-4 */
                feature: string;
                /** @description In words */
                text: string;
                /** @description Its term in the log-odds of the role against no role */
                weight: number;
            }[];
            /** @description The reasons in one line: "title contains 'leiter' (+0.9), event attended 2-4 times (+0.4)" */
            reasonsText: string;
            roleId: string;
            solutionInterestId: string;
            /** @constant */
            source: "suggestion";
            /** @enum {string} */
            state: "pending" | "confirmed" | "dismissed";
        };
        Person: {
            city: string | null;
            country: string | null;
            createdAt: string;
            custom: {
                [key: string]: unknown;
            };
            department: string | null;
            /** @description Derived from the job title and department, e.g. it, security, marketing */
            derivedFunction: string | null;
            /** @description Derived from the job title: c-level, vp, director, manager, individual contributor */
            derivedSeniority: string | null;
            email: string;
            emailInvalid: boolean;
            emailSuspended: boolean;
            engagementScore: number;
            externalId: string | null;
            firstName: string | null;
            id: string;
            jobTitle: string | null;
            lastName: string | null;
            phone: string | null;
            postalCode: string | null;
            seniority: string | null;
            state: string | null;
            unsubscribed: boolean;
            updatedAt: string;
            /** @description Also sent as the ETag header; send it back in If-Match (optional for people) */
            version: number;
        };
        Persona: {
            /**
             * @description A person condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Account-only leaves (descendantOf, people, buyingGroup) are refused. Fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations).
             * @example {
             *       "all": [
             *         {
             *           "field": "derivedSeniority",
             *           "op": "is_one_of",
             *           "value": [
             *             "c-level",
             *             "vp"
             *           ]
             *         },
             *         {
             *           "field": "derivedFunction",
             *           "op": "is",
             *           "value": "it"
             *         }
             *       ]
             *     }
             */
            condition: unknown;
            createdAt: string;
            description: string | null;
            id: string;
            name: string;
            updatedAt: string;
            /** @description Also sent as the ETag header */
            version: number;
        };
        PersonAccount: {
            account: components["schemas"]["Account"];
            relation: components["schemas"]["RelationSummary"];
        };
        PersonAccountInput: {
            account: components["schemas"]["AccountInput"];
            relation: components["schemas"]["RelationSummaryInput"];
        };
        PersonaCreate: {
            /**
             * @description A person condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Account-only leaves (descendantOf, people, buyingGroup) are refused. Fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations).
             * @example {
             *       "all": [
             *         {
             *           "field": "derivedSeniority",
             *           "op": "is_one_of",
             *           "value": [
             *             "c-level",
             *             "vp"
             *           ]
             *         },
             *         {
             *           "field": "derivedFunction",
             *           "op": "is",
             *           "value": "it"
             *         }
             *       ]
             *     }
             */
            condition: unknown;
            description?: unknown | null;
            name: string;
        };
        PersonaCreateInput: {
            /**
             * @description A person condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Account-only leaves (descendantOf, people, buyingGroup) are refused. Fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations).
             * @example {
             *       "all": [
             *         {
             *           "field": "derivedSeniority",
             *           "op": "is_one_of",
             *           "value": [
             *             "c-level",
             *             "vp"
             *           ]
             *         },
             *         {
             *           "field": "derivedFunction",
             *           "op": "is",
             *           "value": "it"
             *         }
             *       ]
             *     }
             */
            condition: unknown;
            description?: string | null;
            name: string;
        };
        PersonaInput: {
            /**
             * @description A person condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Account-only leaves (descendantOf, people, buyingGroup) are refused. Fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations).
             * @example {
             *       "all": [
             *         {
             *           "field": "derivedSeniority",
             *           "op": "is_one_of",
             *           "value": [
             *             "c-level",
             *             "vp"
             *           ]
             *         },
             *         {
             *           "field": "derivedFunction",
             *           "op": "is",
             *           "value": "it"
             *         }
             *       ]
             *     }
             */
            condition: unknown;
            createdAt: string;
            description: string | null;
            id: string;
            name: string;
            updatedAt: string;
            /** @description Also sent as the ETag header */
            version: number;
        };
        PersonaUpdate: {
            /**
             * @description A person condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Account-only leaves (descendantOf, people, buyingGroup) are refused. Fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations).
             * @example {
             *       "all": [
             *         {
             *           "field": "derivedSeniority",
             *           "op": "is_one_of",
             *           "value": [
             *             "c-level",
             *             "vp"
             *           ]
             *         },
             *         {
             *           "field": "derivedFunction",
             *           "op": "is",
             *           "value": "it"
             *         }
             *       ]
             *     }
             */
            condition?: unknown;
            description?: unknown | null;
            name?: string;
        };
        PersonaUpdateInput: {
            /**
             * @description A person condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Account-only leaves (descendantOf, people, buyingGroup) are refused. Fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations).
             * @example {
             *       "all": [
             *         {
             *           "field": "derivedSeniority",
             *           "op": "is_one_of",
             *           "value": [
             *             "c-level",
             *             "vp"
             *           ]
             *         },
             *         {
             *           "field": "derivedFunction",
             *           "op": "is",
             *           "value": "it"
             *         }
             *       ]
             *     }
             */
            condition?: unknown;
            description?: string | null;
            name?: string;
        };
        PersonBuyingGroup: {
            accountId: string;
            accountName: string;
            /** @description Whether the group is active (its account is in a followed audience) */
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            addedAt: string;
            buyingGroupId: string;
            buyingGroupName: string;
            /** @description The person’s engagement score (0–100, exact); the group’s engagement sums it weighted by the role share */
            personEngagement: number;
            /** @description The person’s engagement score as displayed: a whole percentage, rounded half up */
            personEngagementDisplay: number;
            /** @description A removed membership is remembered so that weaker sources do not add the person again */
            removed: boolean;
            removedAt: string | null;
            roleId: string;
            roleName: string;
            solutionInterestId: string;
            solutionInterestName: string;
            /**
             * @description Who set the membership (or the removal) last: manual, journey, import, rule, suggestion
             * @enum {string}
             */
            source: "manual" | "journey" | "import" | "rule" | "suggestion";
            stage: string | null;
        };
        PersonBuyingGroupInput: {
            accountId: string;
            accountName: string;
            /** @description Whether the group is active (its account is in a followed audience) */
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            addedAt: string;
            buyingGroupId: string;
            buyingGroupName: string;
            /** @description The person’s engagement score (0–100, exact); the group’s engagement sums it weighted by the role share */
            personEngagement: number;
            /** @description The person’s engagement score as displayed: a whole percentage, rounded half up */
            personEngagementDisplay: number;
            /** @description A removed membership is remembered so that weaker sources do not add the person again */
            removed: boolean;
            removedAt: string | null;
            roleId: string;
            roleName: string;
            solutionInterestId: string;
            solutionInterestName: string;
            /**
             * @description Who set the membership (or the removal) last: manual, journey, import, rule, suggestion
             * @enum {string}
             */
            source: "manual" | "journey" | "import" | "rule" | "suggestion";
            stage: string | null;
        };
        PersonCreate: {
            city?: unknown | null;
            country?: unknown | null;
            custom?: {
                [key: string]: components["schemas"]["__shared"];
            };
            department?: unknown | null;
            /** Format: email */
            email: string;
            emailInvalid?: boolean;
            emailSuspended?: boolean;
            externalId?: unknown | null;
            firstName?: unknown | null;
            jobTitle?: unknown | null;
            lastName?: unknown | null;
            phone?: unknown | null;
            postalCode?: unknown | null;
            seniority?: unknown | null;
            state?: unknown | null;
            unsubscribed?: boolean;
        };
        PersonCreateInput: {
            city?: string | null;
            country?: string | null;
            custom?: {
                [key: string]: components["schemas"]["__sharedInput"];
            };
            department?: string | null;
            email: string;
            emailInvalid?: boolean;
            emailSuspended?: boolean;
            externalId?: string | null;
            firstName?: string | null;
            jobTitle?: string | null;
            lastName?: string | null;
            phone?: string | null;
            postalCode?: string | null;
            seniority?: string | null;
            state?: string | null;
            unsubscribed?: boolean;
        };
        PersonInput: {
            city: string | null;
            country: string | null;
            createdAt: string;
            custom: {
                [key: string]: unknown;
            };
            department: string | null;
            /** @description Derived from the job title and department, e.g. it, security, marketing */
            derivedFunction: string | null;
            /** @description Derived from the job title: c-level, vp, director, manager, individual contributor */
            derivedSeniority: string | null;
            email: string;
            emailInvalid: boolean;
            emailSuspended: boolean;
            engagementScore: number;
            externalId: string | null;
            firstName: string | null;
            id: string;
            jobTitle: string | null;
            lastName: string | null;
            phone: string | null;
            postalCode: string | null;
            seniority: string | null;
            state: string | null;
            unsubscribed: boolean;
            updatedAt: string;
            /** @description Also sent as the ETag header; send it back in If-Match (optional for people) */
            version: number;
        };
        PersonUpdate: {
            city?: unknown | null;
            country?: unknown | null;
            custom?: {
                [key: string]: components["schemas"]["__shared"];
            };
            department?: unknown | null;
            /** Format: email */
            email?: string;
            emailInvalid?: boolean;
            emailSuspended?: boolean;
            externalId?: unknown | null;
            firstName?: unknown | null;
            jobTitle?: unknown | null;
            lastName?: unknown | null;
            phone?: unknown | null;
            postalCode?: unknown | null;
            seniority?: unknown | null;
            state?: unknown | null;
            unsubscribed?: boolean;
        };
        PersonUpdateInput: {
            city?: string | null;
            country?: string | null;
            custom?: {
                [key: string]: components["schemas"]["__sharedInput"];
            };
            department?: string | null;
            email?: string;
            emailInvalid?: boolean;
            emailSuspended?: boolean;
            externalId?: string | null;
            firstName?: string | null;
            jobTitle?: string | null;
            lastName?: string | null;
            phone?: string | null;
            postalCode?: string | null;
            seniority?: string | null;
            state?: string | null;
            unsubscribed?: boolean;
        };
        Problem: {
            code: string;
            detail: string;
            errors?: {
                field: string;
                in?: string;
                message: string;
            }[];
            instance?: string;
            /** @description Id of this request in the server log (also the X-Request-Id response header) */
            requestId?: string;
            status: number;
            title: string;
            type: string;
        };
        ProblemInput: {
            code: string;
            detail: string;
            errors?: {
                field: string;
                in?: string;
                message: string;
            }[];
            instance?: string;
            /** @description Id of this request in the server log (also the X-Request-Id response header) */
            requestId?: string;
            status: number;
            title: string;
            type: string;
        };
        Relation: {
            accountId: string;
            /** @description False once endedOn has passed: the person left the account */
            active: boolean;
            createdAt: string;
            endedOn: string | null;
            id: string;
            personId: string;
            /** @enum {string} */
            relationType: "employee" | "contractor";
            roles: string[];
            startedOn: string | null;
            updatedAt: string;
            /** @description Also sent as the ETag header; send it back in If-Match (optional for relations) */
            version: number;
        };
        RelationCreate: {
            accountId: string;
            /** @description Set when the person left the account */
            endedOn?: string | null;
            personId: string;
            /** @enum {string} */
            relationType?: "employee" | "contractor";
            /** @description The person’s roles in the account */
            roles?: string[];
            startedOn?: string | null;
        };
        RelationCreateInput: {
            accountId: string;
            /** @description Set when the person left the account */
            endedOn?: string | null;
            personId: string;
            /** @enum {string} */
            relationType?: "employee" | "contractor";
            /** @description The person’s roles in the account */
            roles?: string[];
            startedOn?: string | null;
        };
        RelationInput: {
            accountId: string;
            /** @description False once endedOn has passed: the person left the account */
            active: boolean;
            createdAt: string;
            endedOn: string | null;
            id: string;
            personId: string;
            /** @enum {string} */
            relationType: "employee" | "contractor";
            roles: string[];
            startedOn: string | null;
            updatedAt: string;
            /** @description Also sent as the ETag header; send it back in If-Match (optional for relations) */
            version: number;
        };
        RelationSummary: {
            /** @description False once endedOn has passed */
            active: boolean;
            endedOn: string | null;
            id: string;
            /** @enum {string} */
            relationType: "employee" | "contractor";
            roles: string[];
            startedOn: string | null;
        };
        RelationSummaryInput: {
            /** @description False once endedOn has passed */
            active: boolean;
            endedOn: string | null;
            id: string;
            /** @enum {string} */
            relationType: "employee" | "contractor";
            roles: string[];
            startedOn: string | null;
        };
        RelationUpdate: {
            /** @description Set when the person left the account */
            endedOn?: string | null;
            /** @enum {string} */
            relationType?: "employee" | "contractor";
            /** @description The person’s roles in the account */
            roles?: string[];
            startedOn?: string | null;
        };
        RelationUpdateInput: {
            /** @description Set when the person left the account */
            endedOn?: string | null;
            /** @enum {string} */
            relationType?: "employee" | "contractor";
            /** @description The person’s roles in the account */
            roles?: string[];
            startedOn?: string | null;
        };
        Role: {
            createdAt: string;
            description: string | null;
            id: string;
            /** @description One of the six default roles: cannot be renamed or deleted */
            isDefault: boolean;
            name: string;
            updatedAt: string;
            /** @description Also sent as the ETag header; PATCH and DELETE need it in If-Match */
            version: number;
        };
        RoleCreate: {
            description?: unknown | null;
            name: string;
        };
        RoleCreateInput: {
            description?: string | null;
            name: string;
        };
        RoleDefinition: {
            autoAssign: boolean;
            condition: unknown | null;
            membersRequired: number;
            required: boolean;
            roleId: string;
            roleName: string;
            /** @enum {string} */
            weightingBand: "trivial" | "minor" | "normal" | "important" | "vital";
        };
        RoleDefinitionInput: {
            autoAssign: boolean;
            condition: unknown | null;
            membersRequired: number;
            required: boolean;
            roleId: string;
            roleName: string;
            /** @enum {string} */
            weightingBand: "trivial" | "minor" | "normal" | "important" | "vital";
        };
        RoleDefinitionWrite: {
            /** @description Assign people by the condition */
            autoAssign: boolean;
            /** @description Required when autoAssign is true, absent otherwise. A person condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Account-only leaves (descendantOf, people, buyingGroup) are refused. Fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations). */
            condition?: unknown | null;
            /**
             * @description Members the role needs to be complete (default 1)
             * @default 1
             */
            membersRequired: number;
            /** @description Counts for completeness */
            required: boolean;
            roleId: string;
            /**
             * @description trivial 20, minor 40, normal 60, important 80, vital 100 (SPEC §5)
             * @enum {string}
             */
            weightingBand: "trivial" | "minor" | "normal" | "important" | "vital";
        };
        RoleDefinitionWriteInput: {
            /** @description Assign people by the condition */
            autoAssign: boolean;
            /** @description Required when autoAssign is true, absent otherwise. A person condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | { "people": { "atLeast", "where"?, "relationType"? } } | { "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }. Account-only leaves (descendantOf, people, buyingGroup) are refused. Fields with a closed set of values — other operands are refused: derivedSeniority (c-level, vp, director, manager, individual contributor); derivedFunction (executive, it, engineering, security, data, product, design, marketing, sales, customer success, finance, legal, hr, procurement, operations). */
            condition?: unknown | null;
            /**
             * @description Members the role needs to be complete (default 1)
             * @default 1
             */
            membersRequired: number;
            /** @description Counts for completeness */
            required: boolean;
            roleId: string;
            /**
             * @description trivial 20, minor 40, normal 60, important 80, vital 100 (SPEC §5)
             * @enum {string}
             */
            weightingBand: "trivial" | "minor" | "normal" | "important" | "vital";
        };
        RoleExplanation: {
            autoAssign: boolean;
            condition: unknown | null;
            /** @description The condition in words */
            conditionText: string | null;
            explanation: components["schemas"]["ConditionExplanation"] | null;
            /** @description Whether the condition holds; null when the role is not assigned by conditions */
            matched: boolean | null;
            /**
             * @description first_match: the role rules give; also_matched: held, but a higher-priority role came first
             * @enum {string}
             */
            outcome: "first_match" | "also_matched" | "not_matched" | "not_auto_assigned";
            /** @description 1 = highest priority */
            priority: number;
            /** @description What held or failed, with the values seen */
            reason: string;
            roleId: string;
            roleName: string;
            /** @description The account whose relation the condition was evaluated through (role in account reads it) */
            viaAccountId: string | null;
        };
        RoleExplanationInput: {
            autoAssign: boolean;
            condition: unknown | null;
            /** @description The condition in words */
            conditionText: string | null;
            explanation: components["schemas"]["ConditionExplanationInput"] | null;
            /** @description Whether the condition holds; null when the role is not assigned by conditions */
            matched: boolean | null;
            /**
             * @description first_match: the role rules give; also_matched: held, but a higher-priority role came first
             * @enum {string}
             */
            outcome: "first_match" | "also_matched" | "not_matched" | "not_auto_assigned";
            /** @description 1 = highest priority */
            priority: number;
            /** @description What held or failed, with the values seen */
            reason: string;
            roleId: string;
            roleName: string;
            /** @description The account whose relation the condition was evaluated through (role in account reads it) */
            viaAccountId: string | null;
        };
        RoleInput: {
            createdAt: string;
            description: string | null;
            id: string;
            /** @description One of the six default roles: cannot be renamed or deleted */
            isDefault: boolean;
            name: string;
            updatedAt: string;
            /** @description Also sent as the ETag header; PATCH and DELETE need it in If-Match */
            version: number;
        };
        RolesTemplate: {
            createdAt: string;
            description: string | null;
            duplicatedFrom: string | null;
            id: string;
            name: string;
            publishedAt: string | null;
            /** @description In priority order: a person gets the first role whose condition holds */
            roles: components["schemas"]["RoleDefinition"][];
            /** @enum {string} */
            status: "draft" | "live";
            updatedAt: string;
            /** @description The user who made the last change (from the audit log); null when it was made without a user (demo data, system jobs) */
            updatedBy: {
                name: string;
                userId: string;
            } | null;
            /** @description Also sent as the ETag header; PATCH, DELETE and publish need it in If-Match */
            version: number;
        };
        RolesTemplateCreate: {
            description?: unknown | null;
            name: string;
            /** @default [] */
            roles: components["schemas"]["RoleDefinitionWrite"][];
        };
        RolesTemplateCreateInput: {
            description?: string | null;
            name: string;
            /** @default [] */
            roles: components["schemas"]["RoleDefinitionWriteInput"][];
        };
        RolesTemplateInput: {
            createdAt: string;
            description: string | null;
            duplicatedFrom: string | null;
            id: string;
            name: string;
            publishedAt: string | null;
            /** @description In priority order: a person gets the first role whose condition holds */
            roles: components["schemas"]["RoleDefinitionInput"][];
            /** @enum {string} */
            status: "draft" | "live";
            updatedAt: string;
            /** @description The user who made the last change (from the audit log); null when it was made without a user (demo data, system jobs) */
            updatedBy: {
                name: string;
                userId: string;
            } | null;
            /** @description Also sent as the ETag header; PATCH, DELETE and publish need it in If-Match */
            version: number;
        };
        RolesTemplatePreview: {
            accountsConsidered: number;
            accountsSkipped: number;
            audienceId: string | null;
            descendantDepth: number;
            /** @description With solutionInterestId: what a creation job (this template is the solution interest's) or a template upgrade (another template) would change in that solution interest's groups (counts complete; at most 50 entries listed per kind) */
            diff: {
                added: {
                    accountId: string;
                    email: string;
                    fromRoleId?: string;
                    personId: string;
                    roleId: string | null;
                    /** @description kept / staying removed: the role rules would give */
                    ruleRoleId?: string | null;
                    /**
                     * @description kept / staying removed: the stronger source that decided
                     * @enum {string}
                     */
                    source?: "manual" | "journey" | "import" | "rule" | "suggestion";
                    toRoleId?: string;
                }[];
                groupsCreated: number;
                groupsExisting: number;
                groupsReactivated: number;
                kept: {
                    accountId: string;
                    email: string;
                    fromRoleId?: string;
                    personId: string;
                    roleId: string | null;
                    /** @description kept / staying removed: the role rules would give */
                    ruleRoleId?: string | null;
                    /**
                     * @description kept / staying removed: the stronger source that decided
                     * @enum {string}
                     */
                    source?: "manual" | "journey" | "import" | "rule" | "suggestion";
                    toRoleId?: string;
                }[];
                membersAdded: number;
                /** @description Members set by a stronger source (manual, journey, import) whom rules would change or remove: kept */
                membersKept: number;
                /** @description Template upgrade only: members set by a stronger source whose role this template lacks, handed back to rules (their change is among added / removed / role changed) */
                membersReleased: number;
                membersRemoved: number;
                /** @description People removed by a stronger source whom rules would add: they stay removed */
                membersStayingRemoved: number;
                released: {
                    accountId: string;
                    email: string;
                    fromRoleId?: string;
                    personId: string;
                    roleId: string | null;
                    /** @description kept / staying removed: the role rules would give */
                    ruleRoleId?: string | null;
                    /**
                     * @description kept / staying removed: the stronger source that decided
                     * @enum {string}
                     */
                    source?: "manual" | "journey" | "import" | "rule" | "suggestion";
                    toRoleId?: string;
                }[];
                removed: {
                    accountId: string;
                    email: string;
                    fromRoleId?: string;
                    personId: string;
                    roleId: string | null;
                    /** @description kept / staying removed: the role rules would give */
                    ruleRoleId?: string | null;
                    /**
                     * @description kept / staying removed: the stronger source that decided
                     * @enum {string}
                     */
                    source?: "manual" | "journey" | "import" | "rule" | "suggestion";
                    toRoleId?: string;
                }[];
                roleChanged: {
                    accountId: string;
                    email: string;
                    fromRoleId?: string;
                    personId: string;
                    roleId: string | null;
                    /** @description kept / staying removed: the role rules would give */
                    ruleRoleId?: string | null;
                    /**
                     * @description kept / staying removed: the stronger source that decided
                     * @enum {string}
                     */
                    source?: "manual" | "journey" | "import" | "rule" | "suggestion";
                    toRoleId?: string;
                }[];
                rolesChanged: number;
                solutionInterestId: string;
                solutionInterestName: string;
                stayingRemoved: {
                    accountId: string;
                    email: string;
                    fromRoleId?: string;
                    personId: string;
                    roleId: string | null;
                    /** @description kept / staying removed: the role rules would give */
                    ruleRoleId?: string | null;
                    /**
                     * @description kept / staying removed: the stronger source that decided
                     * @enum {string}
                     */
                    source?: "manual" | "journey" | "import" | "rule" | "suggestion";
                    toRoleId?: string;
                }[];
                /** @description True when this template is not the solution interest’s: the diff is what POST /solution-interests/{id}/upgrade-template would do */
                templateUpgrade: boolean;
            } | null;
            evaluatedAt: string;
            /** @description Of those, the pairs that get a role */
            peopleAssigned: number;
            /** @description (group account, person) pairs rules look at: people with an active relation in scope */
            peopleConsidered: number;
            roles: {
                autoAssign: boolean;
                /** @description Memberships rules would give this role (a person in two groups counts twice) */
                count: number;
                priority: number;
                roleId: string;
                roleName: string;
                /** @description At most 5, with why they get the role */
                samples: {
                    accountId: string;
                    accountName: string;
                    email: string;
                    firstName: string | null;
                    jobTitle: string | null;
                    lastName: string | null;
                    matchedRoleIds: string[];
                    personId: string;
                    summary: string;
                }[];
            }[];
            skipped: {
                accountId: string;
                reason: string;
            }[];
            templateId: string;
            templateName: string;
            /** @enum {string} */
            templateStatus: "draft" | "live";
        };
        RolesTemplatePreviewInput: {
            accountsConsidered: number;
            accountsSkipped: number;
            audienceId: string | null;
            descendantDepth: number;
            /** @description With solutionInterestId: what a creation job (this template is the solution interest's) or a template upgrade (another template) would change in that solution interest's groups (counts complete; at most 50 entries listed per kind) */
            diff: {
                added: {
                    accountId: string;
                    email: string;
                    fromRoleId?: string;
                    personId: string;
                    roleId: string | null;
                    /** @description kept / staying removed: the role rules would give */
                    ruleRoleId?: string | null;
                    /**
                     * @description kept / staying removed: the stronger source that decided
                     * @enum {string}
                     */
                    source?: "manual" | "journey" | "import" | "rule" | "suggestion";
                    toRoleId?: string;
                }[];
                groupsCreated: number;
                groupsExisting: number;
                groupsReactivated: number;
                kept: {
                    accountId: string;
                    email: string;
                    fromRoleId?: string;
                    personId: string;
                    roleId: string | null;
                    /** @description kept / staying removed: the role rules would give */
                    ruleRoleId?: string | null;
                    /**
                     * @description kept / staying removed: the stronger source that decided
                     * @enum {string}
                     */
                    source?: "manual" | "journey" | "import" | "rule" | "suggestion";
                    toRoleId?: string;
                }[];
                membersAdded: number;
                /** @description Members set by a stronger source (manual, journey, import) whom rules would change or remove: kept */
                membersKept: number;
                /** @description Template upgrade only: members set by a stronger source whose role this template lacks, handed back to rules (their change is among added / removed / role changed) */
                membersReleased: number;
                membersRemoved: number;
                /** @description People removed by a stronger source whom rules would add: they stay removed */
                membersStayingRemoved: number;
                released: {
                    accountId: string;
                    email: string;
                    fromRoleId?: string;
                    personId: string;
                    roleId: string | null;
                    /** @description kept / staying removed: the role rules would give */
                    ruleRoleId?: string | null;
                    /**
                     * @description kept / staying removed: the stronger source that decided
                     * @enum {string}
                     */
                    source?: "manual" | "journey" | "import" | "rule" | "suggestion";
                    toRoleId?: string;
                }[];
                removed: {
                    accountId: string;
                    email: string;
                    fromRoleId?: string;
                    personId: string;
                    roleId: string | null;
                    /** @description kept / staying removed: the role rules would give */
                    ruleRoleId?: string | null;
                    /**
                     * @description kept / staying removed: the stronger source that decided
                     * @enum {string}
                     */
                    source?: "manual" | "journey" | "import" | "rule" | "suggestion";
                    toRoleId?: string;
                }[];
                roleChanged: {
                    accountId: string;
                    email: string;
                    fromRoleId?: string;
                    personId: string;
                    roleId: string | null;
                    /** @description kept / staying removed: the role rules would give */
                    ruleRoleId?: string | null;
                    /**
                     * @description kept / staying removed: the stronger source that decided
                     * @enum {string}
                     */
                    source?: "manual" | "journey" | "import" | "rule" | "suggestion";
                    toRoleId?: string;
                }[];
                rolesChanged: number;
                solutionInterestId: string;
                solutionInterestName: string;
                stayingRemoved: {
                    accountId: string;
                    email: string;
                    fromRoleId?: string;
                    personId: string;
                    roleId: string | null;
                    /** @description kept / staying removed: the role rules would give */
                    ruleRoleId?: string | null;
                    /**
                     * @description kept / staying removed: the stronger source that decided
                     * @enum {string}
                     */
                    source?: "manual" | "journey" | "import" | "rule" | "suggestion";
                    toRoleId?: string;
                }[];
                /** @description True when this template is not the solution interest’s: the diff is what POST /solution-interests/{id}/upgrade-template would do */
                templateUpgrade: boolean;
            } | null;
            evaluatedAt: string;
            /** @description Of those, the pairs that get a role */
            peopleAssigned: number;
            /** @description (group account, person) pairs rules look at: people with an active relation in scope */
            peopleConsidered: number;
            roles: {
                autoAssign: boolean;
                /** @description Memberships rules would give this role (a person in two groups counts twice) */
                count: number;
                priority: number;
                roleId: string;
                roleName: string;
                /** @description At most 5, with why they get the role */
                samples: {
                    accountId: string;
                    accountName: string;
                    email: string;
                    firstName: string | null;
                    jobTitle: string | null;
                    lastName: string | null;
                    matchedRoleIds: string[];
                    personId: string;
                    summary: string;
                }[];
            }[];
            skipped: {
                accountId: string;
                reason: string;
            }[];
            templateId: string;
            templateName: string;
            /** @enum {string} */
            templateStatus: "draft" | "live";
        };
        RolesTemplatePreviewRequest: {
            /** @description Or explicit accounts (at most 1000) */
            accountIds?: string[];
            /** @description The audience (account list) a job would run over */
            audienceId?: string;
            /** @description Also consider people of descendant accounts down to this depth (as the job option). Default: the solution interest's stored scope (the depth its jobs and maintenance use) when solutionInterestId is given and it follows an audience, else 0 */
            descendantDepth?: number;
            /** @description The role definitions as being edited (unsaved), evaluated instead of the stored ones: validated exactly like a template save (400 at /roles/i/… for an invalid one); nothing is written. Without it the stored definitions are used. */
            roles?: components["schemas"]["RoleDefinitionWrite"][];
            /** @description Diff against the current membership of this solution interest's buying groups */
            solutionInterestId?: string;
        };
        RolesTemplatePreviewRequestInput: {
            /** @description Or explicit accounts (at most 1000) */
            accountIds?: string[];
            /** @description The audience (account list) a job would run over */
            audienceId?: string;
            /** @description Also consider people of descendant accounts down to this depth (as the job option). Default: the solution interest's stored scope (the depth its jobs and maintenance use) when solutionInterestId is given and it follows an audience, else 0 */
            descendantDepth?: number;
            /** @description The role definitions as being edited (unsaved), evaluated instead of the stored ones: validated exactly like a template save (400 at /roles/i/… for an invalid one); nothing is written. Without it the stored definitions are used. */
            roles?: components["schemas"]["RoleDefinitionWriteInput"][];
            /** @description Diff against the current membership of this solution interest's buying groups */
            solutionInterestId?: string;
        };
        RolesTemplateUpdate: {
            description?: unknown | null;
            name?: string;
            /** @description Replaces the whole ordered list */
            roles?: components["schemas"]["RoleDefinitionWrite"][];
        };
        RolesTemplateUpdateInput: {
            description?: string | null;
            name?: string;
            /** @description Replaces the whole ordered list */
            roles?: components["schemas"]["RoleDefinitionWriteInput"][];
        };
        RoleUpdate: {
            description?: unknown | null;
            name?: string;
        };
        RoleUpdateInput: {
            description?: string | null;
            name?: string;
        };
        SolutionInterest: {
            createdAt: string;
            description: string | null;
            followMembershipChanges: boolean;
            id: string;
            name: string;
            products: string[];
            stageModelId: string | null;
            templateId: string;
            updatedAt: string;
            /** @description Also sent as the ETag header */
            version: number;
        };
        SolutionInterestCreate: {
            description?: unknown | null;
            /**
             * @description Existing buying groups follow membership changes (default true)
             * @default true
             */
            followMembershipChanges: boolean;
            name: string;
            /**
             * @description The products this offering covers (each once)
             * @default []
             */
            products: string[];
            /** @description A Live stage model, or null for none */
            stageModelId?: string | null;
            /** @description A Live roles template */
            templateId: string;
        };
        SolutionInterestCreateInput: {
            description?: string | null;
            /**
             * @description Existing buying groups follow membership changes (default true)
             * @default true
             */
            followMembershipChanges: boolean;
            name: string;
            /** @description The products this offering covers (each once) */
            products?: string[];
            /** @description A Live stage model, or null for none */
            stageModelId?: string | null;
            /** @description A Live roles template */
            templateId: string;
        };
        SolutionInterestInput: {
            createdAt: string;
            description: string | null;
            followMembershipChanges: boolean;
            id: string;
            name: string;
            products: string[];
            stageModelId: string | null;
            templateId: string;
            updatedAt: string;
            /** @description Also sent as the ETag header */
            version: number;
        };
        SolutionInterestUpdate: {
            description?: unknown | null;
            /** @description Existing buying groups follow membership changes (default true) */
            followMembershipChanges?: boolean;
            name?: string;
            /** @description The products this offering covers (each once) */
            products?: string[];
            /** @description A Live stage model, or null for none */
            stageModelId?: string | null;
            /** @description A Live roles template */
            templateId?: string;
        };
        SolutionInterestUpdateInput: {
            description?: string | null;
            /** @description Existing buying groups follow membership changes (default true) */
            followMembershipChanges?: boolean;
            name?: string;
            /** @description The products this offering covers (each once) */
            products?: string[];
            /** @description A Live stage model, or null for none */
            stageModelId?: string | null;
            /** @description A Live roles template */
            templateId?: string;
        };
        Stage: {
            key: string;
            /**
             * @description entry: where groups start; success: the one goal; failure: optional ends; intermediate: anything else
             * @enum {string}
             */
            kind: "entry" | "intermediate" | "success" | "failure";
            name: string;
        };
        StageChange: {
            actorId: string | null;
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            at: string;
            from: string | null;
            id: string;
            to: string;
        };
        StageChangeInput: {
            actorId: string | null;
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            at: string;
            from: string | null;
            id: string;
            to: string;
        };
        StageInput: {
            key: string;
            /**
             * @description entry: where groups start; success: the one goal; failure: optional ends; intermediate: anything else
             * @enum {string}
             */
            kind: "entry" | "intermediate" | "success" | "failure";
            name: string;
        };
        StageModel: {
            createdAt: string;
            description: string | null;
            id: string;
            name: string;
            publishedAt: string | null;
            stages: {
                key: string;
                /** @enum {string} */
                kind: "entry" | "intermediate" | "success" | "failure";
                name: string;
            }[];
            /** @enum {string} */
            status: "draft" | "live";
            transitions: {
                from: string;
                to: string;
            }[];
            updatedAt: string;
            /** @description Also sent as the ETag header; send it back in If-Match to avoid overwriting a concurrent change */
            version: number;
        };
        StageModelCreate: {
            description?: unknown | null;
            name: string;
            /** @default [] */
            stages: components["schemas"]["Stage"][];
            /** @default [] */
            transitions: components["schemas"]["StageTransition"][];
        };
        StageModelCreateInput: {
            description?: string | null;
            name: string;
            stages?: components["schemas"]["StageInput"][];
            /** @default [] */
            transitions: components["schemas"]["StageTransitionInput"][];
        };
        StageModelInput: {
            createdAt: string;
            description: string | null;
            id: string;
            name: string;
            publishedAt: string | null;
            stages: {
                key: string;
                /** @enum {string} */
                kind: "entry" | "intermediate" | "success" | "failure";
                name: string;
            }[];
            /** @enum {string} */
            status: "draft" | "live";
            transitions: {
                from: string;
                to: string;
            }[];
            updatedAt: string;
            /** @description Also sent as the ETag header; send it back in If-Match to avoid overwriting a concurrent change */
            version: number;
        };
        StageModelProblem: {
            code: string;
            /** @description JSON pointer into the model, e.g. /stages/2 or /transitions/0/to */
            field: string;
            message: string;
        };
        StageModelProblemInput: {
            code: string;
            /** @description JSON pointer into the model, e.g. /stages/2 or /transitions/0/to */
            field: string;
            message: string;
        };
        StageModelUpdate: {
            description?: unknown | null;
            name?: string;
            stages?: components["schemas"]["Stage"][];
            transitions?: components["schemas"]["StageTransition"][];
        };
        StageModelUpdateInput: {
            description?: string | null;
            name?: string;
            stages?: components["schemas"]["StageInput"][];
            transitions?: components["schemas"]["StageTransitionInput"][];
        };
        StageModelValidation: {
            problems: components["schemas"]["StageModelProblem"][];
            valid: boolean;
        };
        StageModelValidationInput: {
            problems: components["schemas"]["StageModelProblemInput"][];
            valid: boolean;
        };
        StageMove: {
            /** @description Stage key */
            to: string;
        };
        StageMoveInput: {
            /** @description Stage key */
            to: string;
        };
        StageMoveResult: {
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            at: string;
            from: string | null;
            group: components["schemas"]["BuyingGroup"];
            to: string;
        };
        StageMoveResultInput: {
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            at: string;
            from: string | null;
            group: components["schemas"]["BuyingGroupInput"];
            to: string;
        };
        StageTransition: {
            /** @description Stage key */
            from: string;
            /** @description Stage key */
            to: string;
        };
        StageTransitionInput: {
            /** @description Stage key */
            from: string;
            /** @description Stage key */
            to: string;
        };
        SuggestionsJob: {
            attempts: number;
            cancelRequested: boolean;
            counts: {
                examples: number;
                groupsRead: number;
                /** @description Groups with at least one confirmed member, the ones learned from */
                groupsTrained: number;
                peopleRead: number;
                suggestionsProposed: number;
                trainMs: number | null;
            };
            createdAt: string;
            error: string | null;
            finishedAt: string | null;
            id: string;
            /** @description Groups read (training, then proposing) */
            progress: {
                done: number;
                total: number;
            };
            run: boolean;
            solutionInterestId: string;
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
            train: boolean;
            /** @constant */
            type: "suggestions";
        };
        SuggestionsJobInput: {
            attempts: number;
            cancelRequested: boolean;
            counts: {
                examples: number;
                groupsRead: number;
                /** @description Groups with at least one confirmed member, the ones learned from */
                groupsTrained: number;
                peopleRead: number;
                suggestionsProposed: number;
                trainMs: number | null;
            };
            createdAt: string;
            error: string | null;
            finishedAt: string | null;
            id: string;
            /** @description Groups read (training, then proposing) */
            progress: {
                done: number;
                total: number;
            };
            run: boolean;
            solutionInterestId: string;
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
            train: boolean;
            /** @constant */
            type: "suggestions";
        };
        TemplateUpgrade: {
            /** @description A Live roles template */
            templateId: string;
        };
        TemplateUpgradeInput: {
            /** @description A Live roles template */
            templateId: string;
        };
        Token: {
            createdAt: string;
            id: string;
            lastUsedAt: string | null;
            name: string | null;
            /** @description First characters of the token, to recognise it */
            prefix: string;
            revokedAt: string | null;
            /** @enum {string} */
            role: "admin" | "editor" | "viewer";
            userId: string;
            userName: string;
        };
        TokenInput: {
            createdAt: string;
            id: string;
            lastUsedAt: string | null;
            name: string | null;
            /** @description First characters of the token, to recognise it */
            prefix: string;
            revokedAt: string | null;
            /** @enum {string} */
            role: "admin" | "editor" | "viewer";
            userId: string;
            userName: string;
        };
        User: {
            /** @description Deactivated users cannot sign in; their sessions and tokens are refused */
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            createdAt: string;
            /** @description Null for token-only (programmatic) users */
            email: string | null;
            /** @description False for invited users who have not set one and for programmatic users */
            hasPassword: boolean;
            id: string;
            lastSignInAt: string | null;
            name: string;
            /** @enum {string} */
            role: "admin" | "editor" | "viewer";
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
        };
        UserInput: {
            /** @description Deactivated users cannot sign in; their sessions and tokens are refused */
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            createdAt: string;
            /** @description Null for token-only (programmatic) users */
            email: string | null;
            /** @description False for invited users who have not set one and for programmatic users */
            hasPassword: boolean;
            id: string;
            lastSignInAt: string | null;
            name: string;
            /** @enum {string} */
            role: "admin" | "editor" | "viewer";
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
        };
        WeightingModel: {
            /** @description Scores use the active model; at most one is active */
            active: boolean;
            /** @description The model’s bands: name → value 0–100 */
            bands: {
                [key: string]: number;
            };
            createdAt: string;
            dailyCap: number;
            id: string;
            k: number;
            name: string;
            updatedAt: string;
            version: number;
            /** @description Activity type → weight as a number (band names resolved): what scores use */
            weights: {
                [key: string]: number;
            };
            /** @description The weights as stored: numbers, or names of the model’s bands */
            weightsAsGiven: {
                [key: string]: number | string;
            };
            windowDays: number;
        };
        WeightingModelCreate: {
            /** @description Band name → value 0–100 (SPEC §5: names and values editable), e.g. {"no_weight":0,"minor":40,"significant":70,"vital":100}; default no_weight 0, trivial 20, minor 40, normal 60, important 80, vital 100. Replaced whole; weights may name only these bands. Role bands of roles templates (the role share) are the template’s and do not follow these */
            bands?: {
                [key: string]: number;
            };
            /**
             * @description Most activities counted per person, type and UTC day
             * @default 20
             */
            dailyCap: number;
            /**
             * @description Score = 100 × (1 − e^(−raw / k))
             * @default 20
             */
            k: number;
            name: string;
            /** @description Known activity type (a default or a registered custom type, see GET /activity-types) → weight; types not listed weigh 0 (so does a custom type until a model weighs it). A weight naming a band follows the band’s value */
            weights: {
                [key: string]: number;
            };
            /**
             * @description Days of activity that count (1–365)
             * @default 30
             */
            windowDays: number;
        };
        WeightingModelCreateInput: {
            /** @description Band name → value 0–100 (SPEC §5: names and values editable), e.g. {"no_weight":0,"minor":40,"significant":70,"vital":100}; default no_weight 0, trivial 20, minor 40, normal 60, important 80, vital 100. Replaced whole; weights may name only these bands. Role bands of roles templates (the role share) are the template’s and do not follow these */
            bands?: {
                [key: string]: number;
            };
            /**
             * @description Most activities counted per person, type and UTC day
             * @default 20
             */
            dailyCap: number;
            /**
             * @description Score = 100 × (1 − e^(−raw / k))
             * @default 20
             */
            k: number;
            name: string;
            /** @description Known activity type (a default or a registered custom type, see GET /activity-types) → weight; types not listed weigh 0 (so does a custom type until a model weighs it). A weight naming a band follows the band’s value */
            weights: {
                [key: string]: string | number;
            };
            /**
             * @description Days of activity that count (1–365)
             * @default 30
             */
            windowDays: number;
        };
        WeightingModelInput: {
            /** @description Scores use the active model; at most one is active */
            active: boolean;
            /** @description The model’s bands: name → value 0–100 */
            bands: {
                [key: string]: number;
            };
            createdAt: string;
            dailyCap: number;
            id: string;
            k: number;
            name: string;
            updatedAt: string;
            version: number;
            /** @description Activity type → weight as a number (band names resolved): what scores use */
            weights: {
                [key: string]: number;
            };
            /** @description The weights as stored: numbers, or names of the model’s bands */
            weightsAsGiven: {
                [key: string]: number | string;
            };
            windowDays: number;
        };
        WeightingModelUpdate: {
            /** @description Band name → value 0–100 (SPEC §5: names and values editable), e.g. {"no_weight":0,"minor":40,"significant":70,"vital":100}; default no_weight 0, trivial 20, minor 40, normal 60, important 80, vital 100. Replaced whole; weights may name only these bands. Role bands of roles templates (the role share) are the template’s and do not follow these */
            bands?: {
                [key: string]: number;
            };
            /** @description Most activities counted per person, type and UTC day */
            dailyCap?: number;
            /** @description Score = 100 × (1 − e^(−raw / k)) */
            k?: number;
            name?: string;
            /** @description Known activity type (a default or a registered custom type, see GET /activity-types) → weight; types not listed weigh 0 (so does a custom type until a model weighs it). A weight naming a band follows the band’s value */
            weights?: {
                [key: string]: number;
            };
            /** @description Days of activity that count (1–365) */
            windowDays?: number;
        };
        WeightingModelUpdateInput: {
            /** @description Band name → value 0–100 (SPEC §5: names and values editable), e.g. {"no_weight":0,"minor":40,"significant":70,"vital":100}; default no_weight 0, trivial 20, minor 40, normal 60, important 80, vital 100. Replaced whole; weights may name only these bands. Role bands of roles templates (the role share) are the template’s and do not follow these */
            bands?: {
                [key: string]: number;
            };
            /** @description Most activities counted per person, type and UTC day */
            dailyCap?: number;
            /** @description Score = 100 × (1 − e^(−raw / k)) */
            k?: number;
            name?: string;
            /** @description Known activity type (a default or a registered custom type, see GET /activity-types) → weight; types not listed weigh 0 (so does a custom type until a model weighs it). A weight naming a band follows the band’s value */
            weights?: {
                [key: string]: string | number;
            };
            /** @description Days of activity that count (1–365) */
            windowDays?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
