-- Danish municipalities (since 2007) with their region. Codes are the official municipality codes.
create table municipality (
    code   integer      not null primary key,
    name   varchar(100) not null unique,
    region varchar(20)  not null
        constraint municipality_region_check
        check (region in ('HOVEDSTADEN', 'SJAELLAND', 'SYDDANMARK', 'MIDTJYLLAND', 'NORDJYLLAND'))
);

insert into municipality (code, name, region) values
 (101, 'København', 'HOVEDSTADEN'), (147, 'Frederiksberg', 'HOVEDSTADEN'), (151, 'Ballerup', 'HOVEDSTADEN'),
 (153, 'Brøndby', 'HOVEDSTADEN'), (155, 'Dragør', 'HOVEDSTADEN'), (157, 'Gentofte', 'HOVEDSTADEN'),
 (159, 'Gladsaxe', 'HOVEDSTADEN'), (161, 'Glostrup', 'HOVEDSTADEN'), (163, 'Herlev', 'HOVEDSTADEN'),
 (165, 'Albertslund', 'HOVEDSTADEN'), (167, 'Hvidovre', 'HOVEDSTADEN'), (169, 'Høje-Taastrup', 'HOVEDSTADEN'),
 (173, 'Lyngby-Taarbæk', 'HOVEDSTADEN'), (175, 'Rødovre', 'HOVEDSTADEN'), (183, 'Ishøj', 'HOVEDSTADEN'),
 (185, 'Tårnby', 'HOVEDSTADEN'), (187, 'Vallensbæk', 'HOVEDSTADEN'), (190, 'Furesø', 'HOVEDSTADEN'),
 (201, 'Allerød', 'HOVEDSTADEN'), (210, 'Fredensborg', 'HOVEDSTADEN'), (217, 'Helsingør', 'HOVEDSTADEN'),
 (219, 'Hillerød', 'HOVEDSTADEN'), (223, 'Hørsholm', 'HOVEDSTADEN'), (230, 'Rudersdal', 'HOVEDSTADEN'),
 (240, 'Egedal', 'HOVEDSTADEN'), (250, 'Frederikssund', 'HOVEDSTADEN'), (260, 'Gribskov', 'HOVEDSTADEN'),
 (270, 'Halsnæs', 'HOVEDSTADEN'), (400, 'Bornholm', 'HOVEDSTADEN'),
 (253, 'Greve', 'SJAELLAND'), (259, 'Køge', 'SJAELLAND'), (265, 'Roskilde', 'SJAELLAND'),
 (269, 'Solrød', 'SJAELLAND'), (306, 'Odsherred', 'SJAELLAND'), (316, 'Holbæk', 'SJAELLAND'),
 (320, 'Faxe', 'SJAELLAND'), (326, 'Kalundborg', 'SJAELLAND'), (329, 'Ringsted', 'SJAELLAND'),
 (330, 'Slagelse', 'SJAELLAND'), (336, 'Stevns', 'SJAELLAND'), (340, 'Sorø', 'SJAELLAND'),
 (350, 'Lejre', 'SJAELLAND'), (360, 'Lolland', 'SJAELLAND'), (370, 'Næstved', 'SJAELLAND'),
 (376, 'Guldborgsund', 'SJAELLAND'), (390, 'Vordingborg', 'SJAELLAND'),
 (410, 'Middelfart', 'SYDDANMARK'), (420, 'Assens', 'SYDDANMARK'), (430, 'Faaborg-Midtfyn', 'SYDDANMARK'),
 (440, 'Kerteminde', 'SYDDANMARK'), (450, 'Nyborg', 'SYDDANMARK'), (461, 'Odense', 'SYDDANMARK'),
 (479, 'Svendborg', 'SYDDANMARK'), (480, 'Nordfyns', 'SYDDANMARK'), (482, 'Langeland', 'SYDDANMARK'),
 (492, 'Ærø', 'SYDDANMARK'), (510, 'Haderslev', 'SYDDANMARK'), (530, 'Billund', 'SYDDANMARK'),
 (540, 'Sønderborg', 'SYDDANMARK'), (550, 'Tønder', 'SYDDANMARK'), (561, 'Esbjerg', 'SYDDANMARK'),
 (563, 'Fanø', 'SYDDANMARK'), (573, 'Varde', 'SYDDANMARK'), (575, 'Vejen', 'SYDDANMARK'),
 (580, 'Aabenraa', 'SYDDANMARK'), (607, 'Fredericia', 'SYDDANMARK'), (621, 'Kolding', 'SYDDANMARK'),
 (630, 'Vejle', 'SYDDANMARK'),
 (615, 'Horsens', 'MIDTJYLLAND'), (657, 'Herning', 'MIDTJYLLAND'), (661, 'Holstebro', 'MIDTJYLLAND'),
 (665, 'Lemvig', 'MIDTJYLLAND'), (671, 'Struer', 'MIDTJYLLAND'), (706, 'Syddjurs', 'MIDTJYLLAND'),
 (707, 'Norddjurs', 'MIDTJYLLAND'), (710, 'Favrskov', 'MIDTJYLLAND'), (727, 'Odder', 'MIDTJYLLAND'),
 (730, 'Randers', 'MIDTJYLLAND'), (740, 'Silkeborg', 'MIDTJYLLAND'), (741, 'Samsø', 'MIDTJYLLAND'),
 (746, 'Skanderborg', 'MIDTJYLLAND'), (751, 'Aarhus', 'MIDTJYLLAND'), (756, 'Ikast-Brande', 'MIDTJYLLAND'),
 (760, 'Ringkøbing-Skjern', 'MIDTJYLLAND'), (766, 'Hedensted', 'MIDTJYLLAND'), (779, 'Skive', 'MIDTJYLLAND'),
 (791, 'Viborg', 'MIDTJYLLAND'),
 (773, 'Morsø', 'NORDJYLLAND'), (787, 'Thisted', 'NORDJYLLAND'), (810, 'Brønderslev', 'NORDJYLLAND'),
 (813, 'Frederikshavn', 'NORDJYLLAND'), (820, 'Vesthimmerlands', 'NORDJYLLAND'), (825, 'Læsø', 'NORDJYLLAND'),
 (840, 'Rebild', 'NORDJYLLAND'), (846, 'Mariagerfjord', 'NORDJYLLAND'), (849, 'Jammerbugt', 'NORDJYLLAND'),
 (851, 'Aalborg', 'NORDJYLLAND'), (860, 'Hjørring', 'NORDJYLLAND');

create table theme (
    id      bigint       not null primary key,
    name    varchar(100) not null unique,
    name_en varchar(100),
    version bigint       not null default 0
);
create sequence theme_seq start with 100 increment by 50;

insert into theme (id, name, name_en) values
 (1, 'Ensomhed og fællesskab', 'Loneliness and community life'),
 (2, 'Biodiversitet', 'Biodiversity'),
 (3, 'Klima og energi', 'Climate and energy'),
 (4, 'Elbilopladning', 'EV charging'),
 (5, 'Nye boformer', 'New housing forms'),
 (6, 'Helhedsrenovering', 'Comprehensive renovation'),
 (7, 'Effektiv drift', 'Efficient operations'),
 (8, 'Beskæftigelse og uddannelse', 'Employment and education'),
 (9, 'Tryghed', 'Safety'),
 (10, 'Cirkulært byggeri', 'Circular construction');
