package com.gridwork.volunteer.certificate;

import com.gridwork.access.AreaScope;
import com.gridwork.area.Area;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.dictionary.DictionaryService;
import com.gridwork.volunteer.Volunteer;
import com.gridwork.volunteer.VolunteerSelf;
import com.gridwork.volunteer.certificate.CertificateLines.LedgerRow;
import com.gridwork.volunteer.certificate.CertificateLines.Lines;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Issues service certificates (志愿服务证明): reads the volunteer's CONFIRMED ledger rows of the period, nets them into
 * lines ({@link CertificateLines}), registers the certificate and renders it ({@link CertificateDocument}).
 *
 * <p>The number is {@code <sub-district code>-<year>-<serial>}, the serial counting up per sub-district and year with
 * no gaps (a counter row locked for the transaction). Printing the same period again while its lines are unchanged
 * is a reprint: the registered number, issuer and issue date, and the print count goes up. Once the confirmed hours of
 * the period have changed (a new confirmation, a reversal), the same period gets a new number.
 */
@ApplicationScoped
public class CertificateService {
    static final ZoneId CHINA = BeijingTime.ZONE;

    @Inject
    AreaScope scope;

    @Inject
    VolunteerSelf self;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    /** The rendered certificate and what names its file. */
    public record Certificate(byte[] pdf, String number, String volunteerName) {}

    /** A volunteer's certificate, printed by staff for a volunteer in their scope. */
    @Transactional
    public Certificate forVolunteer(long volunteerId, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return issue(scope.find(Volunteer.class, volunteerId), from, to);
    }

    /** The calling volunteer account's own certificate (404 for an account without a profile). */
    @Transactional
    public Certificate forSelf(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        Volunteer volunteer = self.profile().orElseThrow(() -> ApiProblem.notFound("volunteer.self.none"));
        return issue(volunteer, from, to);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw ApiProblem.invalidField(from == null ? "from" : "to", "volunteer.certificate.period.required");
        }
        if (to.isBefore(from)) {
            throw ApiProblem.invalidField("to", "volunteer.certificate.period.reversed");
        }
        if (to.isAfter(LocalDate.now(CHINA))) {
            throw ApiProblem.invalidField("to", "volunteer.certificate.period.future");
        }
    }

    private Certificate issue(Volunteer volunteer, LocalDate from, LocalDate to) {
        // one print at a time per volunteer: the reprint check and the insert below see each other's rows
        // (plain FOR UPDATE: Hibernate's MySQL form "FOR UPDATE OF alias" does not parse on MariaDB)
        em.createNativeQuery("SELECT id FROM volunteer WHERE id = ?1 FOR UPDATE")
                .setParameter(1, volunteer.id)
                .getResultList();
        Lines lines = CertificateLines.of(ledger(volunteer.id, from, to));
        String hash = CertificateLines.fingerprint(lines.lines());
        Instant now = Instant.now();
        IssuedCertificate issued = IssuedCertificate.<IssuedCertificate>find(
                        "volunteerId = ?1 and periodFrom = ?2 and periodTo = ?3 and contentHash = ?4",
                        volunteer.id,
                        from,
                        to,
                        hash)
                .firstResultOptional()
                .orElse(null);
        if (issued != null) {
            issued.printCount++;
            issued.lastPrintedAt = now;
        } else {
            issued = register(volunteer, from, to, lines, hash, now);
        }
        CertificateContent content = new CertificateContent(
                issued.issuer,
                issued.number,
                issued.issuedOn,
                volunteer.name,
                volunteer.idCard.masked(),
                volunteer.gender,
                volunteer.nationalNumber,
                from,
                to,
                lines.lines(),
                lines.totalMinutes());
        return new Certificate(CertificateDocument.render(content), issued.number, volunteer.name);
    }

    private IssuedCertificate register(
            Volunteer volunteer, LocalDate from, LocalDate to, Lines lines, String hash, Instant now) {
        Area community = em.find(Area.class, volunteer.communityId);
        Area subDistrict = em.find(Area.class, DictionaryService.subDistrictOfPath(volunteer.areaPath));
        LocalDate today = LocalDate.now(CHINA);
        int serial = nextSerial(subDistrict.id, today.getYear());
        IssuedCertificate issued = new IssuedCertificate();
        issued.subDistrictId = subDistrict.id;
        issued.year = today.getYear();
        issued.serial = serial;
        issued.number = number(subDistrict.code, today.getYear(), serial);
        issued.volunteerId = volunteer.id;
        issued.areaPath = volunteer.areaPath;
        issued.periodFrom = from;
        issued.periodTo = to;
        issued.totalMinutes = lines.totalMinutes();
        issued.lineCount = lines.lines().size();
        issued.contentHash = hash;
        issued.issuer =
                community.id.equals(subDistrict.id) ? subDistrict.name : subDistrict.name + " " + community.name;
        issued.issuedOn = today;
        issued.issuedBy = scope.caller().username();
        issued.issuedAt = now;
        issued.printCount = 1;
        issued.lastPrintedAt = now;
        issued.persist();
        return issued;
    }

    /** E.g. JD01-2026-000042. */
    static String number(String subDistrictCode, int year, int serial) {
        return subDistrictCode + "-" + year + "-" + String.format("%06d", serial);
    }

    /**
     * The next serial of the sub-district's year. The upsert locks the counter row until the transaction ends, so
     * parallel issues queue there and a rolled-back issue gives its serial back: no gaps, no duplicates.
     */
    private int nextSerial(long subDistrictId, int year) {
        em.createNativeQuery("INSERT INTO volunteer_certificate_counter (sub_district_id, year, last_serial)"
                        + " VALUES (?1, ?2, 1) ON DUPLICATE KEY UPDATE last_serial = last_serial + 1")
                .setParameter(1, subDistrictId)
                .setParameter(2, year)
                .executeUpdate();
        Number serial = (Number) em.createNativeQuery("SELECT last_serial FROM volunteer_certificate_counter"
                        + " WHERE sub_district_id = ?1 AND year = ?2")
                .setParameter(1, subDistrictId)
                .setParameter(2, year)
                .getSingleResult();
        return serial.intValue();
    }

    private List<LedgerRow> ledger(long volunteerId, LocalDate from, LocalDate to) {
        String sql = "SELECT " + ConfirmedLedger.COLUMNS + ConfirmedLedger.from("")
                + " AND e.volunteer_id = ? ORDER BY e.service_date, e.id";
        List<LedgerRow> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, from);
            statement.setObject(2, to);
            statement.setLong(3, volunteerId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(ConfirmedLedger.row(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the hours ledger failed", e);
        }
        return rows;
    }
}
