-- Cancelling a meeting says why (issue 13): the reason goes to every invitee with the calendar
-- cancellation. It is the chair's text; the page asks it not to name the clients.
alter table meeting add column cancel_reason varchar(500);
