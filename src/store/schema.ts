/**
 * Table types for Kysely. Conventions, identical on SQLite and PostgreSQL:
 * - times are epoch milliseconds (INTEGER / BIGINT; `pg` is told to parse int8 as number);
 *   date-only values are 'YYYY-MM-DD' text;
 * - booleans are 0/1 integers (better-sqlite3 cannot bind booleans);
 * - JSON is TEXT on SQLite and JSONB on PostgreSQL: write JSON strings, read through `parseJson`;
 * - every matchable text column `x` has a normalised twin `x_norm` (see domain/text.ts);
 * - account-scoped tables lead their key with `account_id` (future shard key).
 */
import type { ColumnType, Generated } from 'kysely';

/** JSON column: written as a JSON string, read as string (SQLite) or parsed value (PostgreSQL). */
export type Json = ColumnType<unknown, string, string>;
type Bool = number;

export interface AccountsTable {
  id: string;
  name: string;
  name_norm: string;
  domain: string | null;
  domain_norm: string | null;
  industry: string | null;
  industry_norm: string | null;
  employees: number | null;
  annual_revenue: number | null;
  country: string | null;
  country_norm: string | null;
  region: string | null;
  region_norm: string | null;
  state: string | null;
  state_norm: string | null;
  city: string | null;
  city_norm: string | null;
  sic_code: string | null;
  sic_code_norm: string | null;
  external_id: string | null;
  external_id_norm: string | null;
  parent_id: string | null;
  custom: Json;
  custom_norm: Json;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface PeopleTable {
  id: string;
  email: string;
  email_norm: string;
  first_name: string | null;
  first_name_norm: string | null;
  last_name: string | null;
  last_name_norm: string | null;
  job_title: string | null;
  job_title_norm: string | null;
  department: string | null;
  department_norm: string | null;
  seniority: string | null;
  seniority_norm: string | null;
  phone: string | null;
  phone_norm: string | null;
  country: string | null;
  country_norm: string | null;
  state: string | null;
  state_norm: string | null;
  city: string | null;
  city_norm: string | null;
  postal_code: string | null;
  postal_code_norm: string | null;
  external_id: string | null;
  external_id_norm: string | null;
  email_invalid: Bool;
  email_suspended: Bool;
  unsubscribed: Bool;
  /**
   * What applies (domain/people/derive.ts): the explicit value when set, else the title
   * classifier's; taxonomy ids, already normalised. Lists are `|a|b|` text, null when empty.
   */
  derived_seniority: string | null;
  derived_function: string | null;
  /** Migration 0016: functions strongest first, specialties, the classifier's confidence. */
  derived_functions: string | null;
  derived_specialties: string | null;
  title_confidence: Generated<number>;
  /** Migration 0016: set by a user or an import; wins over the classifier (null: derived). */
  explicit_seniority: string | null;
  explicit_function: string | null;
  engagement_score: number;
  /** Raw engagement (SPEC §5) behind engagement_score (migration 0003). */
  engagement_raw: Generated<number>;
  custom: Json;
  custom_norm: Json;
  /** Provenance (migration 0023): 'provider' for people acquired from a data provider; null otherwise. */
  source: string | null;
  provider: string | null;
  provider_id: string | null;
  fetched_at: number | null;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface AccountPeopleTable {
  account_id: string;
  person_id: string;
  id: string;
  relation_type: 'employee' | 'contractor';
  /** JSON array of strings: the person's roles in this account (e.g. "Budget owner"). */
  roles: Json;
  roles_norm: Json;
  started_on: string | null;
  ended_on: string | null;
  created_at: number;
  updated_at: number;
  /** ETag of the row, +1 on each change through the API (migration 0010). */
  version: Generated<number>;
}

export interface ActivitiesTable {
  id: string;
  person_id: string;
  account_id: string | null;
  type: string;
  occurred_at: number;
  metadata: Json;
  created_at: number;
}

export interface RolesTable {
  id: string;
  name: string;
  name_norm: string;
  description: string | null;
  is_default: Bool;
  created_at: number;
  updated_at: number;
  /** ETag of the row, +1 on each change through the API (migration 0010). */
  version: Generated<number>;
}

export interface PersonasTable {
  id: string;
  name: string;
  name_norm: string;
  description: string | null;
  condition: Json;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface RolesTemplatesTable {
  id: string;
  name: string;
  name_norm: string;
  description: string | null;
  status: 'draft' | 'live';
  duplicated_from: string | null;
  published_at: number | null;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface TemplateRolesTable {
  template_id: string;
  position: number;
  role_id: string;
  weighting_band: string;
  auto_assign: Bool;
  condition: Json | null;
  required: Bool;
  members_required: number;
}

export interface StageModelsTable {
  id: string;
  name: string;
  name_norm: string;
  description: string | null;
  status: 'draft' | 'live';
  /** JSON: { stages: [...], transitions: [...] } */
  definition: Json;
  published_at: number | null;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface SolutionInterestsTable {
  id: string;
  name: string;
  name_norm: string;
  description: string | null;
  products: Json;
  template_id: string;
  stage_model_id: string | null;
  follow_membership_changes: Bool;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface AccountListsTable {
  id: string;
  name: string;
  name_norm: string;
  description: string | null;
  kind: 'static' | 'dynamic';
  condition: Json | null;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface AccountListMembersTable {
  account_id: string;
  list_id: string;
  added_at: number;
}

export interface BuyingGroupsTable {
  account_id: string;
  id: string;
  solution_interest_id: string;
  template_id: string;
  name: string;
  /** normText(name) — set it whenever `name` is written (migration 0002). */
  name_norm: string;
  status_label: string | null;
  /** normNullable(status_label) — set it whenever `status_label` is written (migration 0004). */
  status_label_norm: ColumnType<string | null, string | null | undefined, string | null>;
  stage: string | null;
  completeness: number;
  engagement: number;
  /** Raw engagement behind `engagement` (migration 0003). */
  engagement_raw: Generated<number>;
  active: Bool;
  /** The creation job that made the group (migration 0003). */
  job_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: number;
  updated_at: number;
  /** ETag of the row, +1 on each change through the API (migration 0010). */
  version: Generated<number>;
}

export interface BuyingGroupMembersTable {
  account_id: string;
  buying_group_id: string;
  person_id: string;
  role_id: string;
  source: 'manual' | 'journey' | 'import' | 'rule' | 'suggestion';
  removed: Bool;
  added_at: number;
  removed_at: number | null;
  updated_at: number;
}

/** Learned suggestion models, one per solution interest (migration 0017). */
export interface SuggestionModelsTable {
  solution_interest_id: string;
  model: Json;
  stats: Json;
  options: Json;
  trained_at: number;
  job_id: string | null;
}

export type SuggestionState = 'pending' | 'confirmed' | 'dismissed';

/** What a model proposed for a group, and what became of it (migration 0017). */
export interface MemberSuggestionsTable {
  account_id: string;
  buying_group_id: string;
  person_id: string;
  role_id: string;
  solution_interest_id: string;
  state: SuggestionState;
  probability: number;
  reasons: Json;
  created_at: number;
  decided_at: number | null;
  decided_by: string | null;
}

export interface JobsTable {
  id: string;
  type: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  params: Json;
  progress_done: number;
  progress_total: number;
  counts: Json;
  error: string | null;
  locked_by: string | null;
  heartbeat_at: number | null;
  created_at: number;
  started_at: number | null;
  finished_at: number | null;
  /** Set by a cancel request; the runner stops between batches (migration 0003). */
  cancel_requested: Generated<number>;
  attempts: Generated<number>;
}

/**
 * The scope of a solution interest's groups: the one descendant depth that generation,
 * maintenance, explain and preview use (migration 0006; store/followed-audiences.ts). Set by its
 * first creation job, changed only by a job with `updateScope`; kept when its followings end.
 */
export interface SolutionInterestScopesTable {
  solution_interest_id: string;
  descendant_depth: number;
  updated_at: number;
  updated_by_job: string | null;
}

/** The audiences a solution interest follows (each has a scope row). Migration 0006. */
export interface FollowedAudiencesTable {
  solution_interest_id: string;
  audience_id: string;
  created_at: number;
  /** The creation job that started the following (null: none, e.g. set by hand in the database). */
  created_by_job: string | null;
}

export interface AuditLogTable {
  id: string;
  at: number;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: Json | null;
  after: Json | null;
}

export interface UsersTable {
  id: string;
  name: string;
  role: 'admin' | 'editor' | 'viewer';
  /** As entered; null for token-only (programmatic) users. */
  email: string | null;
  /** normaliseEmail(email): the unique, case-insensitive key. */
  email_norm: string | null;
  /** Argon2id PHC string; null when the user cannot sign in with a password. */
  password_hash: string | null;
  /** 0 = deactivated: no sign-in, and its sessions and tokens are refused. */
  active: Bool;
  last_sign_in_at: number | null;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface SessionsTable {
  /** ses_…: public id (audit, /me); the cookie carries a separate secret. */
  id: string;
  /** SHA-256 of the cookie secret. */
  token_hash: string;
  /** SHA-256 of the CSRF cookie value issued with the session. */
  csrf_hash: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
  /** Absolute end (created_at + maximum age). */
  expires_at: number;
}

export interface SignInLinksTable {
  id: string;
  token_hash: string;
  user_id: string;
  purpose: 'sign_in' | 'invite';
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string | null;
  token_hash: string;
  token_prefix: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

/** Custom activity types (the defaults are in code: domain/activities.ts). */
export interface ActivityTypesTable {
  key: string;
  label: string;
  description: string | null;
  created_at: number;
  updated_at: number;
  version: Generated<number>;
}

export interface WeightingModelsTable {
  id: string;
  name: string;
  name_norm: string;
  active: Bool;
  /** JSON object: activity type → weight, a number 0–100 or the name of one of the model's bands. */
  weights: Json;
  /** JSON object: band name → value 0–100; null: the SPEC §5 bands. */
  bands: Json | null;
  window_days: number;
  daily_cap: number;
  k: number;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface EventsTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  buying_group_id: string;
  type: string;
  payload: Json;
  created_at: number;
}

export interface StageHistoryTable {
  account_id: string;
  id: string;
  buying_group_id: string;
  from_stage: string | null;
  to_stage: string;
  actor_id: string | null;
  at: number;
}

export interface DB {
  accounts: AccountsTable;
  people: PeopleTable;
  account_people: AccountPeopleTable;
  activities: ActivitiesTable;
  roles: RolesTable;
  personas: PersonasTable;
  roles_templates: RolesTemplatesTable;
  template_roles: TemplateRolesTable;
  stage_models: StageModelsTable;
  solution_interests: SolutionInterestsTable;
  account_lists: AccountListsTable;
  account_list_members: AccountListMembersTable;
  buying_groups: BuyingGroupsTable;
  buying_group_members: BuyingGroupMembersTable;
  jobs: JobsTable;
  suggestion_models: SuggestionModelsTable;
  member_suggestions: MemberSuggestionsTable;
  solution_interest_scopes: SolutionInterestScopesTable;
  followed_audiences: FollowedAudiencesTable;
  audit_log: AuditLogTable;
  users: UsersTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
  sign_in_links: SignInLinksTable;
  weighting_models: WeightingModelsTable;
  activity_types: ActivityTypesTable;
  events: EventsTable;
  stage_history: StageHistoryTable;
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  journeys: JourneysTable;
  journey_enrollments: JourneyEnrollmentsTable;
  journey_effects: JourneyEffectsTable;
  destinations: DestinationsTable;
  enrichment_providers: EnrichmentProvidersTable;
  credit_ledger: CreditLedgerTable;
  enrichment_runs: EnrichmentRunsTable;
  enrichment_results: EnrichmentResultsTable;
  activations: ActivationsTable;
  activation_syncs: ActivationSyncsTable;
  activation_members: ActivationMembersTable;
  activation_accounts: ActivationAccountsTable;
  journey_moves: JourneyMovesTable;
  journey_positions: JourneyPositionsTable;
  journey_cursors: JourneyCursorsTable;
}

export interface WebhookSubscriptionsTable {
  id: string;
  url: string;
  description: string | null;
  /** JSON array of webhook event types (integrations/webhooks/events.ts). */
  event_types: string;
  solution_interest_id: string | null;
  enabled: number;
  disabled_reason: string | null;
  /** Sealed by store/secrets.ts (context `webhook:<id>`). */
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_secret_expires_at: number | null;
  after_seq: number;
  created_at: number;
  updated_at: number;
  version: Generated<number>;
}

export interface WebhookDeliveriesTable {
  id: string;
  subscription_id: string;
  event_seq: number;
  event_id: string;
  account_id: string;
  buying_group_id: string;
  type: string;
  body: string;
  status: string;
  tries: Generated<number>;
  attempts: Generated<number>;
  next_attempt_at: number;
  locked_by: string | null;
  locked_until: number | null;
  last_status_code: number | null;
  last_error: string | null;
  created_at: number;
  updated_at: number;
  finished_at: number | null;
}

export interface WebhookAttemptsTable {
  id: string;
  delivery_id: string;
  attempt: number;
  started_at: number;
  duration_ms: number;
  status_code: number | null;
  error: string | null;
  response_snippet: string | null;
  address: string | null;
}

export interface JourneysTable {
  id: string;
  name: string;
  name_norm: string;
  description: string | null;
  status: 'draft' | 'live' | 'closed' | 'finished' | 'aborted';
  /** JSON: domain/journeys JourneyDefinition (with its format number). */
  definition: Json;
  start_at: number | null;
  end_at: number | null;
  published_at: number | null;
  closed_at: number | null;
  /** When it finished or was aborted. */
  ended_at: number | null;
  created_at: number;
  updated_at: number;
  version: number;
}

export interface JourneyEnrollmentsTable {
  id: string;
  journey_id: string;
  account_id: string;
  entry_number: number;
  status: 'active' | 'completed';
  /** JSON: the enrollment's tokens (domain/journeys Enrollment['tokens']). */
  state: Json;
  entered_at: number;
  ended_at: number | null;
  /** The next time the enrollment needs a look (wait end, listen deadline); null when only an event or a result can move it, or it is over. */
  wake_at: number | null;
  updated_at: number;
}

export interface JourneyEffectsTable {
  /** The effect's idempotency key (domain/journeys Effect['key']). */
  key: string;
  enrollment_id: string;
  journey_id: string;
  account_id: string;
  node_id: string;
  type: string;
  /** JSON: the effect as `advance` returned it. */
  payload: Json;
  at: number;
  /** done: performed; skipped: not performed, with the reason in `result` (e.g. a stage move the model refuses); failed: tried and failed. */
  status: 'pending' | 'done' | 'skipped' | 'failed';
  created_at: number;
  done_at: number | null;
  /** Why it was skipped or failed, or what it did. */
  result: string | null;
  tries: Generated<number>;
  /** Lease of an effect being sent outside a transaction (email, HTTP); another worker takes it back after this. */
  locked_until: number | null;
}

export interface JourneyMovesTable {
  seq: Generated<number>;
  journey_id: string;
  enrollment_id: string;
  account_id: string;
  token_id: string;
  /** null: the token entered the journey (at the entry node). */
  from_node: string | null;
  /** null: its path ended. */
  to_node: string | null;
  via: string;
  detail: string | null;
  at: number;
}

export interface JourneyPositionsTable {
  enrollment_id: string;
  token_id: string;
  journey_id: string;
  account_id: string;
  node_id: string;
  /** The token's state kind (waiting, listening, …). */
  state: string;
  since: number;
}

export interface JourneyCursorsTable {
  name: string;
  after_seq: number;
  updated_at: number;
}

export interface DestinationsTable {
  id: string;
  name: string;
  /** 'linkedin' (the only kind so far). */
  kind: string;
  ad_account_id: string;
  state: 'not_connected' | 'connected' | 'needs_consent' | 'error';
  state_message: string | null;
  /** Sealed by store/secrets.ts (context `destination:<id>`): JSON {accessToken, refreshToken}. */
  credentials_sealed: string | null;
  access_expires_at: number | null;
  refresh_expires_at: number | null;
  created_at: number;
  updated_at: number;
  version: Generated<number>;
}

export interface ActivationsTable {
  id: string;
  destination_id: string;
  name: string;
  /** JSON: the buying-group filters (store/buying-groups.ts BuyingGroupQuery, no paging). */
  filter: string;
  company_list: number;
  contact_list: number;
  /** JSON array of role ids (empty: every member). */
  role_ids: string;
  company_segment_id: string | null;
  contact_segment_id: string | null;
  company_status: string | null;
  contact_status: string | null;
  company_audience_size: number | null;
  contact_audience_size: number | null;
  sync_interval_ms: number | null;
  next_sync_at: number | null;
  last_sync_at: number | null;
  sync_lease_until: number | null;
  created_at: number;
  updated_at: number;
  version: Generated<number>;
}

export interface ActivationSyncsTable {
  id: string;
  activation_id: string;
  trigger: 'manual' | 'schedule' | 'journey';
  status: 'running' | 'succeeded' | 'partial' | 'failed';
  started_at: number;
  finished_at: number | null;
  companies_added: Generated<number>;
  companies_removed: Generated<number>;
  contacts_added: Generated<number>;
  contacts_removed: Generated<number>;
  skipped: Generated<number>;
  errors: Generated<number>;
  retries: Generated<number>;
  message: string | null;
  /** JSON array of strings. */
  warnings: string;
  /** JSON array of strings (the first few element errors). */
  error_samples: string;
}

/** Accounts a journey's `activate` action added to an activation (migration 0025). */
export interface ActivationAccountsTable {
  activation_id: string;
  account_id: string;
  /** The journey whose action added it (the first one, when several did). */
  journey_id: string;
  added_at: number;
}

export interface ActivationMembersTable {
  activation_id: string;
  list: 'companies' | 'contacts';
  /** Account id (companies) or person id (contacts). */
  key: string;
  /** JSON: the identifier LinkedIn was sent (so a removal names what was added). */
  ident: string;
  synced_at: number;
}

/** Migration 0023: one row per data provider ('zoominfo'). */
export interface EnrichmentProvidersTable {
  provider: string;
  /** Sealed by store/secrets.ts (context `provider:<provider>`): JSON {clientId, clientSecret}. */
  credentials_sealed: string | null;
  /** JSON: store/enrichment.ts ProviderSettings (budgets, consent policy, limits, URLs). */
  settings: string;
  created_at: number;
  updated_at: number;
  version: Generated<number>;
}

/** Credits per provider and calendar month (UTC `YYYY-MM`): spent, and held by running runs. */
export interface CreditLedgerTable {
  provider: string;
  month: string;
  spent: Generated<number>;
  reserved: Generated<number>;
  updated_at: number;
}

export interface EnrichmentRunsTable {
  id: string;
  provider: string;
  solution_interest_id: string;
  /** JSON: the buying-group filter (BuyingGroupQuery, no paging). */
  filter: string;
  budget: number;
  job_id: string | null;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  month: string;
  credits_reserved: Generated<number>;
  credits_spent: Generated<number>;
  /** JSON: counts per outcome. */
  counts: string;
  /** JSON: the derived searches. */
  searches: string;
  error: string | null;
  created_at: number;
  finished_at: number | null;
}

export interface EnrichmentResultsTable {
  run_id: string;
  seq: number;
  account_id: string;
  role_id: string;
  provider_id: string;
  outcome: 'added' | 'duplicate' | 'refused_consent' | 'no_role' | 'no_match' | 'no_email' | 'over_budget';
  person_id: string | null;
  email: string | null;
  name: string | null;
  job_title: string | null;
  country: string | null;
  reason: string | null;
  /** JSON array of role ids the person got by rules (empty: matched no role). */
  assigned_role_ids: string;
}
