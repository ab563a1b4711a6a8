-- Cabinet sync: the practice system's records that cabinets need, consults and their planned items, what cabinets
-- dispensed, what was billed, and dispenses staff must match by hand.

-- One sequence for the surrogate keys below; EclipseLink reads each value as the last id of a block of 50.
CREATE SEQUENCE entity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cabinet (
  id       BIGINT       NOT NULL PRIMARY KEY,
  code     VARCHAR(64)  NOT NULL UNIQUE,
  name     VARCHAR(200) NOT NULL,
  location VARCHAR(200),
  version  BIGINT       NOT NULL
);

CREATE TABLE product (
  id       BIGINT        NOT NULL PRIMARY KEY,
  code     VARCHAR(64)   NOT NULL UNIQUE,
  name     VARCHAR(200)  NOT NULL,
  unit     VARCHAR(32)   NOT NULL,
  price    DECIMAL(12,2) NOT NULL,
  billable BOOLEAN       NOT NULL,
  version  BIGINT        NOT NULL
);

CREATE TABLE cabinet_stock (
  product_id   BIGINT      NOT NULL REFERENCES product (id),
  cabinet_code VARCHAR(64) NOT NULL,
  item_code    VARCHAR(64) NOT NULL,
  PRIMARY KEY (product_id, cabinet_code)
);
CREATE INDEX cabinet_stock_item_idx ON cabinet_stock (cabinet_code, item_code);

CREATE TABLE client (
  id            BIGINT       NOT NULL PRIMARY KEY,
  pims_id       VARCHAR(64)  NOT NULL UNIQUE,
  name          VARCHAR(200) NOT NULL,
  address       VARCHAR(500),
  phone         VARCHAR(64),
  email         VARCHAR(254),
  date_of_birth DATE,
  sex           VARCHAR(16),
  id_number     VARCHAR(64),
  version       BIGINT       NOT NULL
);

CREATE TABLE patient (
  id                  BIGINT       NOT NULL PRIMARY KEY,
  pims_id             VARCHAR(64)  UNIQUE,
  client_id           BIGINT       REFERENCES client (id),
  name                VARCHAR(200) NOT NULL,
  species             VARCHAR(64),
  breed               VARCHAR(100),
  date_of_birth       DATE,
  weight_kg           DECIMAL(8,3),
  deceased            BOOLEAN      NOT NULL,
  -- a temporary patient created at a cabinet (billing trigger) until staff allocate it to a real one
  temporary_cabinet   VARCHAR(64),
  temporary_ref       VARCHAR(64),
  allocated_to_id     BIGINT       REFERENCES patient (id),
  version             BIGINT       NOT NULL
);

CREATE TABLE consult (
  id         BIGINT       NOT NULL PRIMARY KEY,
  pims_id    VARCHAR(64)  NOT NULL UNIQUE,
  patient_id BIGINT       NOT NULL REFERENCES patient (id),
  vet        VARCHAR(200),
  opened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at  TIMESTAMP WITH TIME ZONE,
  version    BIGINT       NOT NULL
);

-- which cabinets hold the consult, since when and until when
CREATE TABLE consult_cabinet (
  consult_id   BIGINT      NOT NULL REFERENCES consult (id),
  cabinet_code VARCHAR(64) NOT NULL,
  synced_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  unsynced_at  TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (consult_id, cabinet_code)
);

CREATE TABLE consult_item (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  consult_id         BIGINT        NOT NULL REFERENCES consult (id),
  pims_id            VARCHAR(64)   NOT NULL,
  product_id         BIGINT        NOT NULL REFERENCES product (id),
  planned_quantity   DECIMAL(12,3) NOT NULL,
  dispensed_quantity DECIMAL(12,3) NOT NULL,
  returned_quantity  DECIMAL(12,3) NOT NULL,
  wasted_quantity    DECIMAL(12,3) NOT NULL,
  status             VARCHAR(24)   NOT NULL,
  version            BIGINT        NOT NULL,
  UNIQUE (consult_id, pims_id)
);

CREATE TABLE dispense (
  id             BIGINT        NOT NULL PRIMARY KEY,
  -- the cabinet's own id of the physical transaction: recorded, and billed, once
  transaction_id VARCHAR(64)   NOT NULL UNIQUE,
  cabinet_code   VARCHAR(64)   NOT NULL,
  kind           VARCHAR(16)   NOT NULL,
  product_id     BIGINT        REFERENCES product (id),
  product_ref    VARCHAR(64)   NOT NULL,
  quantity       DECIMAL(12,3) NOT NULL,
  dispensed_by   VARCHAR(100),
  dispensed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  consult_ref    VARCHAR(64),
  patient_ref    VARCHAR(64),
  consult_item_id BIGINT       REFERENCES consult_item (id),
  sync_event_id  BIGINT        NOT NULL,
  version        BIGINT        NOT NULL
);
CREATE INDEX dispense_item_idx ON dispense (consult_item_id);

CREATE TABLE invoice_line (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  consult_id         BIGINT        REFERENCES consult (id),
  patient_id         BIGINT        NOT NULL REFERENCES patient (id),
  product_id         BIGINT        NOT NULL REFERENCES product (id),
  quantity           DECIMAL(12,3) NOT NULL,
  unit_price         DECIMAL(12,2) NOT NULL,
  -- one invoice line per dispense, ever: the database refuses a second
  source_dispense_id BIGINT        NOT NULL UNIQUE REFERENCES dispense (id),
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX invoice_line_consult_idx ON invoice_line (consult_id);

CREATE TABLE orphan_dispense (
  id           BIGINT       NOT NULL PRIMARY KEY,
  dispense_id  BIGINT       NOT NULL UNIQUE REFERENCES dispense (id),
  reason       VARCHAR(24)  NOT NULL,
  detail       VARCHAR(500),
  status       VARCHAR(16)  NOT NULL,
  resolution   VARCHAR(500),
  resolved_by  VARCHAR(64),
  resolved_at  TIMESTAMP WITH TIME ZONE,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  version      BIGINT       NOT NULL
);
CREATE INDEX orphan_status_idx ON orphan_dispense (status, created_at);
CREATE INDEX sync_event_consult_idx ON sync_event (consult_ref, received_at);
