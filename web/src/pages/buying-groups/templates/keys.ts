/** Query key of the roles templates list (the Roles templates tab). */
export const TEMPLATES_KEY = ['roles-templates'] as const;
