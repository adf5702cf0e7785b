package com.gridwork.volunteer.certificate;

import java.time.LocalDate;
import java.util.List;

/**
 * What a service certificate (志愿服务证明) states: who issues it, its number and date, the volunteer (masked ID
 * only), the period, each service line and the total. Minutes, not hours: the document converts once.
 *
 * @param gender M or F (as on the volunteer profile)
 * @param nationalNumber the number in the national volunteer system, or null when unknown
 */
public record CertificateContent(
        String issuer,
        String number,
        LocalDate issuedOn,
        String volunteerName,
        String maskedIdNumber,
        String gender,
        String nationalNumber,
        LocalDate from,
        LocalDate to,
        List<CertificateLine> lines,
        long totalMinutes) {

    public CertificateContent {
        lines = List.copyOf(lines);
    }

    /** One service line: an activity (or a described entry without one), its first and last date, its minutes. */
    public record CertificateLine(String title, LocalDate firstDate, LocalDate lastDate, long minutes) {}
}
