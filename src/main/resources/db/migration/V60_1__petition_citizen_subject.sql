-- issue 18: a petition filed by a citizen signed in at the citizens' identity provider keeps who
-- that was (issuer and subject), so "my petitions" lists it without its key, and which of the
-- sender's details the provider verified (name, email, phone)
alter table petition add column citizen_subject varchar(300);
alter table petition add column verified_claims varchar(64);
create index petition_citizen_subject on petition (citizen_subject);
