-- Arrival numbers now follow the day's last one, drawn under the day's lock (see Seats); the global sequence is unused.
drop sequence registration_arrival_seq;
