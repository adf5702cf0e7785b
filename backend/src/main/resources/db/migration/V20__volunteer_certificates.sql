-- Service certificates (志愿服务证明, issue 14): the register of issued certificates and the per sub-district, per
-- year counter their numbers come from. A certificate states a volunteer's CONFIRMED hours of a period; printing the
-- same period again while its confirmed hours are unchanged (same content_hash) reprints the registered certificate,
-- with its number and issue date; once they have changed, a new number is issued.

CREATE TABLE volunteer_certificate_counter (
    sub_district_id BIGINT NOT NULL,
    year            INT    NOT NULL,
    last_serial     INT    NOT NULL,
    PRIMARY KEY (sub_district_id, year),
    CONSTRAINT fk_certificate_counter_sub_district FOREIGN KEY (sub_district_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE volunteer_certificate (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    sub_district_id BIGINT       NOT NULL,
    year            INT          NOT NULL,
    serial          INT          NOT NULL,
    number          VARCHAR(64)  NOT NULL,
    volunteer_id    BIGINT       NOT NULL,
    -- the volunteer's community path when issued (whose staff may look the certificate up)
    area_path       VARCHAR(255) NOT NULL,
    period_from     DATE         NOT NULL,
    period_to       DATE         NOT NULL,
    total_minutes   BIGINT       NOT NULL,
    line_count      INT          NOT NULL,
    -- SHA-256 of the certified lines: the same period with the same lines is a reprint
    content_hash    CHAR(64)     NOT NULL,
    issuer          VARCHAR(200) NOT NULL,
    issued_on       DATE         NOT NULL,
    issued_by       VARCHAR(64)  NOT NULL,
    issued_at       DATETIME(6)  NOT NULL,
    print_count     INT          NOT NULL DEFAULT 1,
    last_printed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_certificate_sub_district FOREIGN KEY (sub_district_id) REFERENCES area (id),
    CONSTRAINT fk_certificate_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id),
    CONSTRAINT uq_certificate_serial UNIQUE (sub_district_id, year, serial),
    CONSTRAINT uq_certificate_number UNIQUE (number),
    CONSTRAINT uq_certificate_content UNIQUE (volunteer_id, period_from, period_to, content_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
