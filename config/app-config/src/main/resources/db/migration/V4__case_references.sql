-- Case references for new referrals (ASO-<year>-<number>); numbers from 1001 keep clear of
-- hand-made references.
create sequence client_case_reference_seq start with 1001;
