-- The curated catalogue of indicators worth adding up (issue 13, section 2): what a project measures with one of
-- them adds up with every other project that measures it, because the definition and the unit are the same.
-- sdg_targets names the UN SDG targets it serves (e.g. 7.2,13.2); iris_id an IRIS+ metric, when one fits;
-- value_per_unit an estimated social value in kroner per unit, only ever shown as an estimate with its source and
-- year. additive is false where the figures of several projects do not add up (a share, an intensity); counts_people
-- is true where a figure counts people, which is then not shown below 5 (as Landsbyggefonden suppresses small numbers).
create table indicator_definition (
    code           varchar(60)    not null primary key,
    bottom_line    varchar(10)    not null
        constraint indicator_definition_line_check check (bottom_line in ('SOCIAL', 'CLIMATE', 'ECONOMIC')),
    name_da        varchar(200)   not null,
    name_en        varchar(200)   not null,
    definition_da  varchar(2000)  not null,
    definition_en  varchar(2000)  not null,
    unit           varchar(60)    not null,
    additive       boolean        not null,
    counts_people  boolean        default false not null,
    sdg_targets    varchar(200)   not null,
    iris_id        varchar(20),
    value_per_unit numeric(19, 2),
    value_source   varchar(500),
    value_year     integer,
    position       integer        not null,
    constraint indicator_definition_value check ((value_per_unit is null and value_source is null
        and value_year is null) or (value_per_unit is not null and value_source is not null and value_year is not null))
);

insert into indicator_definition (code, bottom_line, name_da, name_en, definition_da, definition_en, unit, additive,
    sdg_targets, position) values
('co2e-undgaaet', 'CLIMATE', 'Undgået udledning af drivhusgasser', 'Greenhouse gas emissions avoided',
 'Den udledning, indsatsen sparer pr. år sammenlignet med før, opgjort i ton CO2-ækvivalenter.',
 'The emissions the effort saves per year compared with before, in tonnes of CO2 equivalent.',
 'ton CO2e', true, '13.2', 10),
('energi-sparet', 'CLIMATE', 'Sparet energi', 'Energy saved',
 'Det fald i forbruget af el og varme pr. år, som indsatsen giver, målt på måleren eller beregnet.',
 'The fall in electricity and heat used per year that the effort brings, metered or calculated.',
 'kWh', true, '7.3', 20),
('vedvarende-energi', 'CLIMATE', 'Produceret vedvarende energi', 'Renewable energy produced',
 'Energi fra sol, vind eller varmepumper, som boligområdet selv producerer pr. år.',
 'Energy from sun, wind or heat pumps that the housing area itself produces per year.',
 'kWh', true, '7.2', 30),
('ladepunkter', 'CLIMATE', 'Etablerede ladepunkter', 'Charging points installed',
 'Ladepunkter til elbiler, som beboerne kan bruge.',
 'Charging points for electric cars that residents can use.',
 'ladepunkter', true, '7.2,11.6', 40),
('biodiverst-areal', 'CLIMATE', 'Areal omlagt til biodiversitet', 'Area turned biodiverse',
 'Græsplæne og andet udeareal, der er omlagt til vild natur, blomstereng eller lignende.',
 'Lawn and other outdoor area turned into wild nature, flower meadow or the like.',
 'm²', true, '15.5,11.7', 50),
('affald-genanvendt', 'CLIMATE', 'Affald sorteret til genanvendelse', 'Waste sorted for recycling',
 'Den mængde affald pr. år, der sorteres til genanvendelse.',
 'The amount of waste per year that is sorted for recycling.',
 'ton', true, '12.5', 60),
('vand-sparet', 'CLIMATE', 'Sparet vand', 'Water saved',
 'Det fald i vandforbruget pr. år, som indsatsen giver.',
 'The fall in water used per year that the effort brings.',
 'm³', true, '6.4', 70),
('klimaaftryk-byggeri', 'CLIMATE', 'Klimaaftryk af byggeri', 'Climate footprint of building',
 'Byggeriets udledning over 50 år pr. m² pr. år (livscyklusvurdering); nyt byggeri må højst udlede 12.',
 'The building''s emissions over 50 years per m² per year (life cycle assessment); new building may emit at most 12.',
 'kg CO2e/m²/år', false, '13.2,11.1', 80),
('beboere-deltager', 'SOCIAL', 'Beboere, der deltager', 'Residents taking part',
 'Forskellige beboere, der har deltaget i indsatsens aktiviteter i perioden.',
 'Different residents who took part in the effort''s activities in the period.',
 'beboere', true, '11.3,10.2', 110),
('frivillige-timer', 'SOCIAL', 'Frivillige timer', 'Volunteer hours',
 'Timer, som beboere og andre har lagt frivilligt i indsatsen.',
 'Hours that residents and others have given to the effort as volunteers.',
 'timer', true, '11.3', 120),
('ensomhed-ucla3', 'SOCIAL', 'Beboere, der føler sig ensomme (UCLA-3)', 'Residents who feel lonely (UCLA-3)',
 'Andelen af de adspurgte beboere, der scorer 7 til 9 på UCLA-3-skalaen for ensomhed.',
 'The share of residents asked who score 7 to 9 on the UCLA-3 loneliness scale.',
 '%', false, '3.4', 130),
('beboere-i-job', 'SOCIAL', 'Beboere i job eller uddannelse', 'Residents into work or education',
 'Beboere, der gennem indsatsen er kommet i job eller uddannelse.',
 'Residents who through the effort have found work or started education.',
 'beboere', true, '8.5,8.6', 140),
('afdelinger-vaerktoej', 'SOCIAL', 'Afdelinger, der bruger værktøjskassen', 'Departments using the toolbox',
 'Afdelinger uden for projektet, der har taget projektets værktøjskasse i brug.',
 'Departments outside the project that have put the project''s toolbox to use.',
 'afdelinger', true, '17.17', 150),
('kr-sparet', 'ECONOMIC', 'Sparede udgifter', 'Costs saved',
 'Det beløb pr. år, som afdelingen sparer på drift og vedligehold.',
 'The amount per year that the department saves on running and upkeep.',
 'kr.', true, '11.1', 210),
('brugerbetaling', 'ECONOMIC', 'Udgifter dækket af brugerbetaling', 'Costs covered by user fees',
 'Den andel af en fælles løsnings driftsudgifter, som brugerne betaler.',
 'The share of a shared solution''s running costs that its users pay.',
 '%', false, '11.1', 220);

update indicator_definition set counts_people = true where code in ('beboere-deltager', 'beboere-i-job');

-- A project's indicator taken from the catalogue; null for one the project defined itself.
alter table indicator add column definition_code varchar(60);
create index indicator_definition_idx on indicator (definition_code);
