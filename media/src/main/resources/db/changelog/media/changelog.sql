--liquibase formatted sql

--changeset wizamart:media-001-objects splitStatements:false
--comment: One stored original per vendor and content (ADR 0037): the same bytes uploaded or fetched twice by one
--comment: vendor are one row and one set of files; another vendor's identical bytes are a row and files of its own
--comment: (no reuse, no probing across vendors). Files live in the object store under
--comment: vendor/<vendor_id>/<sha256>/<variant>.<ext>; the original is kept beside the variants.
--comment: variants: what the variant job made, [{name, format, width, height, bytes}]; variants_status PENDING until
--comment: it ran. unused_since: set when the last product image using it went away; the collector deletes the row
--comment: and its files once it is older than the grace period (a page cached with the old URL keeps working).
CREATE TABLE media_objects (
  id              uuid          PRIMARY KEY,
  vendor_id       uuid          NOT NULL,
  sha256          char(64)      NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content_type    varchar(16)   NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/gif',
                                                                'image/webp')),
  width           int           NOT NULL CHECK (width > 0),
  height          int           NOT NULL CHECK (height > 0),
  bytes           bigint        NOT NULL CHECK (bytes > 0),
  variants_status varchar(8)    NOT NULL DEFAULT 'PENDING' CHECK (variants_status IN ('PENDING', 'READY',
                                                                                     'FAILED')),
  variants        jsonb         NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(variants) = 'array'),
  created_at      timestamptz   NOT NULL,
  unused_since    timestamptz,
  CONSTRAINT media_objects_content_uk UNIQUE (vendor_id, sha256)
);
CREATE INDEX media_objects_unused_idx ON media_objects (unused_since) WHERE unused_since IS NOT NULL;
CREATE INDEX media_objects_pending_idx ON media_objects (created_at) WHERE variants_status = 'PENDING';
SELECT wizamart_enable_vendor_rls('media_objects');

--changeset wizamart:media-002-product-images splitStatements:false
--comment: A product's images in their order: uploads (object known at once) and feed links (object known once the
--comment: fetch job got the file; fetch_status and fetch_error say how the last fetch went, etag and source_url
--comment: decide whether to fetch again). One main image per product; positions are unique per product (deferred,
--comment: so a reorder can swap them in one statement).
CREATE TABLE media_product_images (
  id            uuid           PRIMARY KEY,
  vendor_id     uuid           NOT NULL,
  product_id    uuid           NOT NULL,
  object_id     uuid,
  position      int            NOT NULL CHECK (position >= 0),
  main          boolean        NOT NULL DEFAULT false,
  source        varchar(8)     NOT NULL CHECK (source IN ('FEED', 'UPLOAD')),
  source_url    varchar(2048),
  etag          varchar(200),
  fetch_status  varchar(8)     CHECK (fetch_status IN ('PENDING', 'FETCHED', 'FAILED')),
  fetch_error   varchar(64),
  fetched_at    timestamptz,
  created_at    timestamptz    NOT NULL,
  updated_at    timestamptz    NOT NULL,
  CONSTRAINT media_product_images_object_fk FOREIGN KEY (object_id) REFERENCES media_objects (id),
  CONSTRAINT media_product_images_position_uk UNIQUE (vendor_id, product_id, position) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT media_product_images_source_ck CHECK ((source = 'FEED') = (source_url IS NOT NULL)
                                                  AND (source = 'FEED') = (fetch_status IS NOT NULL)),
  CONSTRAINT media_product_images_upload_ck CHECK (source = 'FEED' OR object_id IS NOT NULL)
);
CREATE UNIQUE INDEX media_product_images_main_uk ON media_product_images (vendor_id, product_id) WHERE main;
CREATE UNIQUE INDEX media_product_images_link_uk ON media_product_images (vendor_id, product_id, source_url)
  WHERE source = 'FEED';
CREATE INDEX media_product_images_object_idx ON media_product_images (vendor_id, object_id);
SELECT wizamart_enable_vendor_rls('media_product_images');

--changeset wizamart:media-003-variants-error
--comment: Why an object's variants could not be made (an error code), when variants_status is FAILED.
ALTER TABLE media_objects ADD COLUMN variants_error varchar(64);

--changeset wizamart:media-004-hand-overs
--comment: Background work is handed to the job engine with an attempt number: the job's id is made of the row's id and
--comment: that number, so handing the same attempt over again (the stalled-work sweep) adds no second job, and a job
--comment: of an older attempt finds it is stale. retries counts the attempts of the current round (a new upload of
--comment: the content, a link added or due again); handed_over_at says when the current attempt was handed over.
ALTER TABLE media_objects ADD COLUMN variants_attempt int NOT NULL DEFAULT 0;
ALTER TABLE media_objects ADD COLUMN variants_retries int NOT NULL DEFAULT 0;
ALTER TABLE media_objects ADD COLUMN handed_over_at timestamptz;
ALTER TABLE media_product_images ADD COLUMN fetch_attempt int NOT NULL DEFAULT 0;
ALTER TABLE media_product_images ADD COLUMN fetch_retries int NOT NULL DEFAULT 0;
ALTER TABLE media_product_images ADD COLUMN handed_over_at timestamptz;
DROP INDEX media_objects_pending_idx;
CREATE INDEX media_objects_pending_idx ON media_objects (handed_over_at) WHERE variants_status = 'PENDING';
CREATE INDEX media_product_images_pending_idx ON media_product_images (handed_over_at)
  WHERE source = 'FEED' AND fetch_status = 'PENDING';
