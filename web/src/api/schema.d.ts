// Generated from the served OpenAPI document by `npm run gen:api` (src/api/openapi-types.ts). Do not edit.
export interface paths {
    "/api/v1/account-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List account lists (audiences) */
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
        /** Create a static list, or a dynamic list defined by an account condition */
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
        /** Get an account list (ETag: its version) */
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
        /** Delete an account list (refused while a condition refers to it) */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag of the version you read (optional here) */
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
        /** Update an account list (name, description; condition of a dynamic list) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag of the version you read (optional here) */
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
        /** List the accounts in a list (a dynamic list is evaluated now) */
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
        /** Add accounts to a static list (up to 10000 per call; unknown ids refuse the whole call) */
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
        /** Remove accounts from a static list (up to 10000 per call) */
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
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts */
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
                    /** @description Children of this account, or "none" for top-level accounts */
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
        /** Create an account */
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
        /** Get an account */
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
        /** Delete an account (refused while it has child accounts or buying groups) */
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
        /** Update an account (only the fields sent; null clears) */
        patch: {
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
    "/api/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List activities, newest first */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    personId?: string;
                    /** @description Inclusive lower bound (ISO date-time) */
                    since?: string;
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
        /** Record one activity */
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
        /** Get an activity */
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
        /** Delete an activity */
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
        /** Record up to 10000 activities in one transaction (all or nothing; problems are listed per row) */
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
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who changed what, when (newest first) */
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
        /** List creation jobs, newest first */
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
        /** Start a creation job: one buying group per account of the audience for the solution interest */
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
        /** A creation job with its progress and counts */
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
        /** Cancel a job (a running job stops after its current batch; what committed stays) */
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
        /** Progress as Server-Sent Events: `progress` events with the job, then `end` */
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
        /** List and filter buying groups (find the gaps: e.g. missingRoleId=rol_decision_maker&completenessBelow=50) */
        get: {
            parameters: {
                query?: {
                    /** @description JSON: An account condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" }. Person-only leaves (activity, persona, roleInAccount) are refused. */
                    accountCondition?: string;
                    /** @description Country of the account (case-insensitive); repeat the parameter for several values (any of them matches) */
                    accountCountry?: string | string[];
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
                    /** @description Groups where this role is required by the template and no current member holds it; repeat for several roles (all of them missing) */
                    missingRoleId?: string | string[];
                    /** @description Solution interest id; repeat the parameter for several values (any of them matches) */
                    solutionInterestId?: string | string[];
                    /** @description name, completeness, engagement, createdAt or updatedAt; prefix with - for descending (e.g. -completeness) */
                    sort?: string;
                    /** @description Stage key; repeat the parameter for several values (any of them matches) */
                    stage?: string | string[];
                    /** @description Status label (case-insensitive, surrounding spaces ignored); repeat the parameter for several values (any of them matches) */
                    statusLabel?: string | string[];
                    /** @description Roles template id; repeat the parameter for several values (any of them matches) */
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
        /** Get a buying group */
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
        /** Set or clear the status label (free text, at most 50 characters; null or "" clears it) */
        patch: {
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
        /** The events of a buying group (its outbox), in order */
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
        /** List the members of a buying group, with their role, source, title and engagement (removed members included unless filtered) */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    /** @description false: current members only; true: removed ones only */
                    removed?: "true" | "false";
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
        /** Why a person of the group’s account holds their role, or why not: every role definition evaluated, the values seen, the source that decided */
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
         * Add, remove or change the role of up to 500 members by hand, in one transaction
         * @description Every action is manual, the strongest source: rules, imports and journeys never undo it, and a person removed by hand is not added again by rules. A role must be a role of the group’s roles template. A person added must have an active relation with the account or one of its descendant accounts. One action per person per call. If any action is invalid, nothing is applied and every invalid action is reported at its index (/actions/3/personId).
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
         * @description A group without a stage starts at an entry stage; afterwards it moves only along the model’s allowed transitions. A refused move (409 invalid_state) changes nothing and names the stages allowed next.
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
        /** The stage changes of a buying group, oldest first */
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
        /** Liveness and database check */
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
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I (the token’s or session’s user and role)
         * @description Works with an API token (tokenId set, sessionId null) or the session cookie (sessionId set, tokenId null).
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
        /** List people */
        get: {
            parameters: {
                query?: {
                    /** @description People with an active relation to this account */
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
        /** Create a person */
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
        /** Get a person */
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
        /** Delete a person with their relations and activities (refused while in a buying group) */
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
        /** Update a person (only the fields sent; null clears) */
        patch: {
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
    "/api/v1/personas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List personas */
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
        /** Create a persona: a named, reusable person condition */
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
        /** Get a persona (ETag: its version) */
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
        /** Delete a persona (refused while a template role condition or another persona refers to it) */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag of the version you read (optional here) */
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
        /** Update a persona (only the fields sent) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag of the version you read (optional here) */
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
    "/api/v1/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List account–person relations */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                    active?: "true" | "false";
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
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
        /** Relate a person to an account */
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
        /** Get a relation */
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
        /** Delete a relation */
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
        /** Update a relation (e.g. set endedOn when the person leaves) */
        patch: {
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
        /** List buying-group roles (the six defaults and custom roles; at most 50 in all) */
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
        /** Create a custom role (admin) */
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
        /** List roles templates */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque cursor from the previous page’s nextCursor */
                    cursor?: string;
                    /** @description Page size (1–500, default 50) */
                    limit?: number;
                    /** @description Free text in the name */
                    q?: string;
                    /** @description Only templates that define this role */
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
        /** Create a Draft roles template */
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
        /** Get a roles template (ETag: its version) */
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
        /** Delete a Draft roles template (If-Match required; refused while a solution interest uses it) */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag you read (e.g. "3"); 428 without it, 412 if it is stale */
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
        /** Update a Draft roles template (If-Match required; Live templates are immutable) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag you read (e.g. "3"); 428 without it, 412 if it is stale */
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
        /** Copy a roles template into a new Draft named "<name> (copy)" */
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
        /** Dry run: what a creation job with this template (Draft or Live) would do over an audience or accounts — counts per role, samples with explanations, the diff against a solution interest’s groups. Writes nothing. */
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
        /** Publish a Draft roles template as Live (If-Match required; it needs at least one role definition) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Required: the ETag you read (e.g. "3"); 428 without it, 412 if it is stale */
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
        /** Get a role */
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
        /** Delete a custom role (admin; refused for defaults and while a roles template or a member uses it) */
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
        /** Rename a custom role or change a role’s description (admin) */
        patch: {
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
        /** List solution interests */
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
                    /** @description A stage model id, or "none" */
                    stageModelId?: string;
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
        /** Create a solution interest (what is being sold) */
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
        /** Get a solution interest (ETag: its version) */
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
        /** Delete a solution interest (refused while it has buying groups) */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag of the version you read (optional here) */
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
        /** Update a solution interest (only the fields sent; null clears) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag of the version you read (optional here) */
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
    "/api/v1/stage-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List stage models */
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
        /** Create a Draft stage model */
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
        /** Get a stage model (ETag: its version) */
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
        /** Delete a stage model (refused while a solution interest uses it) */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag of the version you read (optional here) */
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
        /** Update a Draft stage model (arrays are replaced whole; Live models are immutable) */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag of the version you read (optional here) */
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
        /** Copy a stage model into a new Draft named "<name> (copy)" */
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
        /** Publish a Draft stage model: validates it, then freezes it as Live */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag of the version you read (optional here) */
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
        /** List the problems that would stop this model from being published */
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
        /** List API tokens (never their secret) */
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
        /** Create an API token; the secret is shown once */
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
        /** Revoke an API token */
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
        /** List users (people who sign in and programmatic token users) */
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
        /** One user */
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
                header?: never;
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
        /** List weighting models by name */
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
        /** Create a weighting model (inactive until activated) */
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
        /** Get a weighting model (ETag: its version) */
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
        /** Delete a weighting model (not the active one) */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag of the version you read (optional here) */
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
        /** Update a weighting model (weights are replaced whole); changing the active model recomputes every score */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag of the version you read (optional here) */
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
        /** Make this the active model (the previous one becomes inactive) and recompute every score */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description ETag of the version you read (optional here) */
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
        /** The model scores use now: the active one, or the default (SPEC §5) when none is active */
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
            version: number;
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
            /** @description Static lists: members; dynamic lists: null (see /members) */
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
            /** @description Static lists: members; dynamic lists: null (see /members) */
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
        AuditEntry: {
            action: string;
            actorId: string | null;
            after: unknown | null;
            at: string;
            before: unknown | null;
            entityId: string;
            entityType: string;
            id: string;
        };
        AuditEntryInput: {
            action: string;
            actorId: string | null;
            after: unknown | null;
            at: string;
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
            /** @description Key of a stage of the solution interest’s stage model */
            stage: string | null;
            statusLabel: string | null;
            templateId: string;
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            updatedAt: string;
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
            /** @description member_added, member_removed, role_changed, completeness_changed, engagement_changed, stage_changed, status_changed, group_created, active_changed */
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
            /** @description member_added, member_removed, role_changed, completeness_changed, engagement_changed, stage_changed, status_changed, group_created, active_changed */
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
            /** @description Key of a stage of the solution interest’s stage model */
            stage: string | null;
            statusLabel: string | null;
            templateId: string;
            /**
             * Format: date-time
             * @example 2026-01-31T09:30:00.000Z
             */
            updatedAt: string;
        };
        BuyingGroupJob: {
            attempts: number;
            audienceId: string;
            cancelRequested: boolean;
            counts: {
                accountsSkipped: number;
                groupsCreated: number;
                groupsReactivated: number;
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
                descendantDepth: number;
            };
            progress: {
                done: number;
                total: number;
            };
            solutionInterestId: string;
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
        };
        BuyingGroupJobCreate: {
            audienceId: string;
            /**
             * @default {
             *       "descendantDepth": 0
             *     }
             */
            options: {
                /**
                 * @description Also consider people of descendant accounts down to this depth
                 * @default 0
                 */
                descendantDepth: number;
            };
            solutionInterestId: string;
        };
        BuyingGroupJobCreateInput: {
            audienceId: string;
            /**
             * @default {
             *       "descendantDepth": 0
             *     }
             */
            options: {
                /**
                 * @description Also consider people of descendant accounts down to this depth
                 * @default 0
                 */
                descendantDepth: number;
            };
            solutionInterestId: string;
        };
        BuyingGroupJobInput: {
            attempts: number;
            audienceId: string;
            cancelRequested: boolean;
            counts: {
                accountsSkipped: number;
                groupsCreated: number;
                groupsReactivated: number;
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
                descendantDepth: number;
            };
            progress: {
                done: number;
                total: number;
            };
            solutionInterestId: string;
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
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
        EffectiveWeightingModel: {
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
            /** @description How far below the group's account rules look for people (the deepest of the solution interest's creation jobs) */
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
            /** @description How far below the group's account rules look for people (the deepest of the solution interest's creation jobs) */
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
            version: number;
        };
        Persona: {
            /**
             * @description A person condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" }. Account-only leaves (descendantOf) are refused.
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
        PersonaCreate: {
            /**
             * @description A person condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" }. Account-only leaves (descendantOf) are refused.
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
             * @description A person condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" }. Account-only leaves (descendantOf) are refused.
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
             * @description A person condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" }. Account-only leaves (descendantOf) are refused.
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
             * @description A person condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" }. Account-only leaves (descendantOf) are refused.
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
             * @description A person condition (SPEC §3): { "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | { "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | { "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" }. Account-only leaves (descendantOf) are refused.
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
            /** @description Person condition; required when autoAssign is true, absent otherwise */
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
            /** @description Person condition; required when autoAssign is true, absent otherwise */
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
            /** @description Also sent as the ETag header; PATCH, DELETE and publish need it in If-Match */
            version: number;
        };
        RolesTemplatePreview: {
            accountsConsidered: number;
            accountsSkipped: number;
            audienceId: string | null;
            descendantDepth: number;
            /** @description With solutionInterestId: what a job would change in that solution interest's groups (counts complete; at most 50 entries listed per kind) */
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
                membersRemoved: number;
                /** @description People removed by a stronger source whom rules would add: they stay removed */
                membersStayingRemoved: number;
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
            /** @description With solutionInterestId: what a job would change in that solution interest's groups (counts complete; at most 50 entries listed per kind) */
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
                membersRemoved: number;
                /** @description People removed by a stronger source whom rules would add: they stay removed */
                membersStayingRemoved: number;
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
            /**
             * @description Also consider people of descendant accounts down to this depth (as the job option)
             * @default 0
             */
            descendantDepth: number;
            /** @description Diff against the current membership of this solution interest's buying groups */
            solutionInterestId?: string;
        };
        RolesTemplatePreviewRequestInput: {
            /** @description Or explicit accounts (at most 1000) */
            accountIds?: string[];
            /** @description The audience (account list) a job would run over */
            audienceId?: string;
            /**
             * @description Also consider people of descendant accounts down to this depth (as the job option)
             * @default 0
             */
            descendantDepth: number;
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
            createdAt: string;
            dailyCap: number;
            id: string;
            k: number;
            name: string;
            updatedAt: string;
            version: number;
            weights: {
                [key: string]: number;
            };
            windowDays: number;
        };
        WeightingModelCreate: {
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
            /** @description Activity type → weight; types not listed weigh 0 */
            weights: {
                [key: string]: unknown;
            };
            /**
             * @description Days of activity that count (1–365)
             * @default 30
             */
            windowDays: number;
        };
        WeightingModelCreateInput: {
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
            /** @description Activity type → weight; types not listed weigh 0 */
            weights: {
                [key: string]: ("no_weight" | "trivial" | "minor" | "normal" | "important" | "vital") | number;
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
            createdAt: string;
            dailyCap: number;
            id: string;
            k: number;
            name: string;
            updatedAt: string;
            version: number;
            weights: {
                [key: string]: number;
            };
            windowDays: number;
        };
        WeightingModelUpdate: {
            /** @description Most activities counted per person, type and UTC day */
            dailyCap?: number;
            /** @description Score = 100 × (1 − e^(−raw / k)) */
            k?: number;
            name?: string;
            /** @description Activity type → weight; types not listed weigh 0 */
            weights?: {
                [key: string]: unknown;
            };
            /** @description Days of activity that count (1–365) */
            windowDays?: number;
        };
        WeightingModelUpdateInput: {
            /** @description Most activities counted per person, type and UTC day */
            dailyCap?: number;
            /** @description Score = 100 × (1 − e^(−raw / k)) */
            k?: number;
            name?: string;
            /** @description Activity type → weight; types not listed weigh 0 */
            weights?: {
                [key: string]: ("no_weight" | "trivial" | "minor" | "normal" | "important" | "vital") | number;
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
