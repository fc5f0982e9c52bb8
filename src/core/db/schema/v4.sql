-- Schema version 4: offers in exact money, and the negotiation.
--  * Money is integers: amounts in hundredths of the currency unit ("cents",
--    for every currency), share prices in 1/10,000 of the unit, percentages
--    in basis points (1% = 100), exchange rates in millionths.  v1 kept whole
--    units, so amounts are multiplied by 100; REAL columns become integers,
--    rounded to the nearest unit they now count.
--  * An offer's bonus is a percentage or an amount (v1 allowed both: the
--    amount is kept, the percentage written into the notes); its equity an
--    amount or shares × price (v1 allowed both: the amount is kept); part of
--    the sign-on bonus may be paid in year 2; refreshers are granted every
--    year from a chosen year, each vesting on its own schedule; the
--    retirement match is a percentage of base.
--  * Custom vesting years in basis points.
--  * Market ranges say which component they describe and where they came
--    from; percentiles are in cents.
--  * A negotiation plan's asks are rows, each with a priority; negotiation
--    rounds keep the numbers that came back; an offer keeps revisions of its
--    terms; exchange rates are entered by the user, with their date.
-- The runner turns foreign keys off around this file and checks them before
-- committing, so the tables can be rebuilt without their children cascading.
--
-- SPDX-License-Identifier: GPL-3.0-or-later

CREATE TABLE offers_v4 (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  base_salary INTEGER NOT NULL CHECK (base_salary BETWEEN 0 AND 99999999999999),
  bonus_basis_points INTEGER CHECK (bonus_basis_points BETWEEN 0 AND 10000),
  bonus_amount INTEGER CHECK (bonus_amount BETWEEN 0 AND 99999999999999),
  sign_on INTEGER CHECK (sign_on BETWEEN 0 AND 99999999999999),
  sign_on_year2 INTEGER CHECK (sign_on_year2 >= 0),
  sign_on_clawback_months INTEGER CHECK (sign_on_clawback_months BETWEEN 0 AND 120),
  equity_amount INTEGER CHECK (equity_amount BETWEEN 0 AND 99999999999999),
  equity_shares INTEGER CHECK (equity_shares BETWEEN 0 AND 1000000000000),
  share_price INTEGER CHECK (share_price BETWEEN 0 AND 10000000000),
  vesting TEXT NOT NULL DEFAULT 'standard' CHECK (vesting IN ('standard', 'front-loaded',
    'back-loaded', 'custom')),
  vesting_years INTEGER NOT NULL DEFAULT 4 CHECK (vesting_years BETWEEN 1 AND 10),
  cliff_months INTEGER NOT NULL DEFAULT 12 CHECK (cliff_months BETWEEN 0 AND 60),
  refresher_amount INTEGER CHECK (refresher_amount BETWEEN 0 AND 99999999999999),
  refresher_from_year INTEGER NOT NULL DEFAULT 2 CHECK (refresher_from_year BETWEEN 1 AND 4),
  refresher_vesting TEXT NOT NULL DEFAULT 'standard' CHECK (refresher_vesting IN ('standard',
    'front-loaded', 'back-loaded')),
  retirement_match_basis_points INTEGER CHECK (retirement_match_basis_points BETWEEN 0 AND 10000),
  benefits TEXT,
  level TEXT,
  title TEXT,
  start_date TEXT CHECK (start_date IS NULL OR date(start_date, '+0 days') IS start_date),
  response_deadline INTEGER,
  status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'negotiating',
    'accepted', 'declined', 'expired')),
  received_at INTEGER NOT NULL,
  notes TEXT,
  CHECK (bonus_basis_points IS NULL OR bonus_amount IS NULL),
  CHECK (equity_amount IS NULL OR (equity_shares IS NULL AND share_price IS NULL)),
  CHECK (sign_on_year2 IS NULL OR sign_on_year2 <= coalesce(sign_on, 0))
);

-- Whole units become cents; what would not fit the new range is capped.
INSERT INTO offers_v4 (id, application_id, currency, base_salary, bonus_basis_points,
                       bonus_amount, sign_on, sign_on_clawback_months, equity_amount,
                       equity_shares, share_price, vesting, vesting_years, cliff_months,
                       refresher_amount, benefits, level, title, start_date,
                       response_deadline, status, received_at, notes)
  SELECT id, application_id, upper(currency),
         min(base_salary, 999999999999) * 100,
         CASE WHEN bonus_amount IS NULL AND bonus_percent IS NOT NULL
              THEN min(10000, CAST(round(bonus_percent * 100) AS INTEGER)) END,
         min(bonus_amount, 999999999999) * 100,
         min(sign_on, 999999999999) * 100,
         min(sign_on_clawback_months, 120),
         min(equity_amount, 999999999999) * 100,
         CASE WHEN equity_amount IS NULL THEN min(equity_shares, 1000000000000) END,
         CASE WHEN equity_amount IS NULL AND share_price IS NOT NULL
              THEN min(10000000000, CAST(round(share_price * 10000) AS INTEGER)) END,
         vesting, vesting_years, min(cliff_months, vesting_years * 12),
         min(refresher_amount, 999999999999) * 100, benefits, level, title, start_date,
         response_deadline, status, received_at,
         CASE WHEN bonus_amount IS NOT NULL AND bonus_percent IS NOT NULL
              THEN coalesce(notes || char(10), '') || 'Target bonus also given as '
                   || bonus_percent || '% of base.'
              ELSE notes END
    FROM offers;
DROP TABLE offers;
ALTER TABLE offers_v4 RENAME TO offers;
CREATE INDEX offers_by_application ON offers (application_id);
CREATE INDEX offers_by_deadline ON offers (response_deadline) WHERE response_deadline IS NOT NULL;

CREATE TABLE vesting_years_v4 (
  offer_id INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  year INTEGER NOT NULL CHECK (year BETWEEN 1 AND 10),
  basis_points INTEGER NOT NULL CHECK (basis_points BETWEEN 0 AND 10000),
  PRIMARY KEY (offer_id, year)
) WITHOUT ROWID;
INSERT INTO vesting_years_v4 (offer_id, year, basis_points)
  SELECT offer_id, year, CAST(round(percent * 100) AS INTEGER) FROM vesting_years;
DROP TABLE vesting_years;
ALTER TABLE vesting_years_v4 RENAME TO vesting_years;

CREATE TABLE market_ranges_v4 (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL CHECK (length(trim(source)) > 0),
  url TEXT,
  observed_on TEXT CHECK (observed_on IS NULL OR date(observed_on, '+0 days') IS observed_on),
  role TEXT,
  level TEXT,
  location TEXT,
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  component TEXT NOT NULL DEFAULT 'total' CHECK (component IN ('total', 'base', 'bonus',
    'equity')),
  p25 INTEGER CHECK (p25 >= 0), p50 INTEGER CHECK (p50 >= 0),
  p75 INTEGER CHECK (p75 >= 0), p90 INTEGER CHECK (p90 >= 0),
  offer_id INTEGER REFERENCES offers (id) ON DELETE SET NULL,
  CHECK (p25 IS NULL OR p50 IS NULL OR p25 <= p50),
  CHECK (p50 IS NULL OR p75 IS NULL OR p50 <= p75),
  CHECK (p75 IS NULL OR p90 IS NULL OR p75 <= p90)
);
INSERT INTO market_ranges_v4 (id, source, observed_on, role, level, location, currency, p25, p50,
                              p75, p90, offer_id)
  SELECT id, source, observed_on, role, level, location, upper(currency),
         min(p25, 999999999999) * 100, min(p50, 999999999999) * 100,
         min(p75, 999999999999) * 100, min(p90, 999999999999) * 100, offer_id
    FROM market_ranges;
DROP TABLE market_ranges;
ALTER TABLE market_ranges_v4 RENAME TO market_ranges;
CREATE INDEX market_ranges_by_role ON market_ranges (role, level);
CREATE INDEX market_ranges_by_offer ON market_ranges (offer_id);

CREATE TABLE negotiation_plans_v4 (
  id INTEGER PRIMARY KEY,
  offer_id INTEGER NOT NULL UNIQUE REFERENCES offers (id) ON DELETE CASCADE,
  target_total INTEGER CHECK (target_total BETWEEN 0 AND 99999999999999),
  walk_away_total INTEGER CHECK (walk_away_total BETWEEN 0 AND 99999999999999),
  leverage_offer_id INTEGER REFERENCES offers (id) ON DELETE SET NULL,
  talking_points TEXT,
  CHECK (leverage_offer_id IS NULL OR leverage_offer_id <> offer_id)
);
CREATE TABLE negotiation_asks (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES negotiation_plans (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  kind TEXT NOT NULL CHECK (kind IN ('base', 'equity', 'sign-on', 'level', 'start-date',
    'other')),
  -- What is asked: an amount for base, equity and sign-on, words otherwise.
  amount INTEGER CHECK (amount BETWEEN 0 AND 99999999999999),
  details TEXT,
  priority TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('high', 'medium', 'low'))
);
CREATE INDEX negotiation_asks_by_plan ON negotiation_asks (plan_id, position);
INSERT INTO negotiation_plans_v4 (id, offer_id, target_total, walk_away_total,
                                  leverage_offer_id, talking_points)
  SELECT id, offer_id, min(target_total, 999999999999) * 100,
         min(walk_away_total, 999999999999) * 100, leverage_offer_id, talking_points
    FROM negotiation_plans;
INSERT INTO negotiation_asks (plan_id, position, kind, amount, details)
  SELECT id, 0, 'base', min(ask_base, 999999999999) * 100, NULL FROM negotiation_plans
   WHERE ask_base IS NOT NULL AND ask_base >= 0
  UNION ALL
  SELECT id, 1, 'equity', min(ask_equity, 999999999999) * 100, NULL FROM negotiation_plans
   WHERE ask_equity IS NOT NULL AND ask_equity >= 0
  UNION ALL
  SELECT id, 2, 'sign-on', min(ask_sign_on, 999999999999) * 100, NULL FROM negotiation_plans
   WHERE ask_sign_on IS NOT NULL AND ask_sign_on >= 0
  UNION ALL
  SELECT id, 3, 'level', NULL, ask_level FROM negotiation_plans
   WHERE ask_level IS NOT NULL AND length(trim(ask_level)) > 0
  UNION ALL
  SELECT id, 4, 'start-date', NULL, ask_start_date FROM negotiation_plans
   WHERE ask_start_date IS NOT NULL;
DROP TABLE negotiation_plans;
ALTER TABLE negotiation_plans_v4 RENAME TO negotiation_plans;
CREATE INDEX negotiation_plans_by_leverage ON negotiation_plans (leverage_offer_id);

-- The numbers that came back in a round (NULL: not given).
ALTER TABLE negotiation_rounds ADD COLUMN offered_base INTEGER
  CHECK (offered_base BETWEEN 0 AND 99999999999999);
ALTER TABLE negotiation_rounds ADD COLUMN offered_bonus INTEGER
  CHECK (offered_bonus BETWEEN 0 AND 99999999999999);
ALTER TABLE negotiation_rounds ADD COLUMN offered_sign_on INTEGER
  CHECK (offered_sign_on BETWEEN 0 AND 99999999999999);
ALTER TABLE negotiation_rounds ADD COLUMN offered_equity INTEGER
  CHECK (offered_equity BETWEEN 0 AND 99999999999999);

-- An offer's terms as they stood at a moment: before the first negotiation
-- round ("initial"), then after each round that changed them.
CREATE TABLE offer_revisions (
  id INTEGER PRIMARY KEY,
  offer_id INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  recorded_at INTEGER NOT NULL,
  negotiation_round_id INTEGER REFERENCES negotiation_rounds (id) ON DELETE SET NULL,
  base_salary INTEGER NOT NULL CHECK (base_salary >= 0),
  bonus_basis_points INTEGER CHECK (bonus_basis_points BETWEEN 0 AND 10000),
  bonus_amount INTEGER CHECK (bonus_amount >= 0),
  sign_on INTEGER CHECK (sign_on >= 0),
  equity_amount INTEGER CHECK (equity_amount >= 0),
  equity_shares INTEGER CHECK (equity_shares >= 0),
  share_price INTEGER CHECK (share_price >= 0),
  refresher_amount INTEGER CHECK (refresher_amount >= 0)
);
CREATE INDEX offer_revisions_by_offer ON offer_revisions (offer_id, recorded_at);
CREATE INDEX offer_revisions_by_round ON offer_revisions (negotiation_round_id);

CREATE TABLE exchange_rates (
  id INTEGER PRIMARY KEY,
  from_currency TEXT NOT NULL CHECK (length(from_currency) = 3),
  to_currency TEXT NOT NULL CHECK (length(to_currency) = 3 AND to_currency <> from_currency),
  -- Units of to_currency for one unit of from_currency, in millionths.
  rate INTEGER NOT NULL CHECK (rate BETWEEN 1 AND 1000000000000000),
  observed_on TEXT NOT NULL CHECK (date(observed_on, '+0 days') IS observed_on)
);
CREATE INDEX exchange_rates_by_pair ON exchange_rates (from_currency, to_currency, observed_on);
