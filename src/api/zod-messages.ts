/**
 * One wording for zod's default messages across the API. A missing field reads "is required"
 * (zod's default is "Invalid input: expected string, received undefined"). Messages a schema sets
 * itself win over this map, so only the defaults change.
 */
import { z } from 'zod';

export function installZodMessages(): void {
  z.config({
    customError: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined),
  });
}
