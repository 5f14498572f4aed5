import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './db.ts';
import { initial } from './migrations/0001_initial.ts';
import { buyingGroupNameNorm } from './migrations/0002_buying_group_name_norm.ts';
import { engine } from './migrations/0003_engine.ts';
import { buyingGroupStatusNorm } from './migrations/0004_buying_group_status_norm.ts';
import { generationScopeIndex } from './migrations/0005_generation_scope_index.ts';
import { followedAudiences } from './migrations/0006_followed_audiences.ts';
import { activityTypesAndBands } from './migrations/0009_activity_types_and_bands.ts';
import { versions } from './migrations/0010_versions.ts';
import { usersSignIn } from './migrations/0012_users_sign_in.ts';
import { activityTypeVersions } from './migrations/0014_activity_type_versions.ts';
import { importKeys } from './migrations/0015_import_keys.ts';
import { titleIntelligence } from './migrations/0016_title_intelligence.ts';
import { memberSuggestions } from './migrations/0017_member_suggestions.ts';
import { webhooks } from './migrations/0018_webhooks.ts';
import { journeys } from './migrations/0019_journeys.ts';
import { journeyRuntime } from './migrations/0021_journey_runtime.ts';
import { destinations } from './migrations/0022_destinations.ts';
import { enrichment } from './migrations/0023_enrichment.ts';
import { journeyClaimIndexes } from './migrations/0024_journey_claim_indexes.ts';
import { journeyListenActivate } from './migrations/0025_journey_listen_activate.ts';
import { seedDefaults } from './seed.ts';

/** Migrations are code (not files found at run time) so they work from any working directory. */
function provider(database: Database): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return {
        '0001_initial': initial(database.engine),
        '0002_buying_group_name_norm': buyingGroupNameNorm(database.engine),
        '0003_engine': engine(database.engine),
        '0004_buying_group_status_norm': buyingGroupStatusNorm(database.engine),
        '0005_generation_scope_index': generationScopeIndex(database.engine),
        '0006_followed_audiences': followedAudiences(database.engine),
        '0009_activity_types_and_bands': activityTypesAndBands(database.engine),
        '0010_versions': versions(database.engine),
        '0012_users_sign_in': usersSignIn(database.engine),
        '0014_activity_type_versions': activityTypeVersions(database.engine),
        '0015_import_keys': importKeys(database.engine),
        '0016_title_intelligence': titleIntelligence(database.engine),
        '0017_member_suggestions': memberSuggestions(database.engine),
        '0018_webhooks': webhooks(database.engine),
        '0019_journeys': journeys(database.engine),
        '0021_journey_runtime': journeyRuntime(database.engine),
        '0022_destinations': destinations(database.engine),
        '0023_enrichment': enrichment(database.engine),
        '0024_journey_claim_indexes': journeyClaimIndexes(database.engine),
        '0025_journey_listen_activate': journeyListenActivate(database.engine),
      };
    },
  };
}

export interface MigrateResult {
  applied: string[];
}

/** Brings the schema up to date and seeds the immutable defaults (the six roles). Idempotent. */
export async function migrate(database: Database): Promise<MigrateResult> {
  const migrator = new Migrator({ db: database.db, provider: provider(database) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  await seedDefaults(database);
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
