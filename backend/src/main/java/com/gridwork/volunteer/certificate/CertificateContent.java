package com.gridwork.volunteer.certificate;

import com.gridwork.volunteer.certificate.CertificateLines.ServiceLine;

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
        List<ServiceLine> lines,
        long totalMinutes) {

    public CertificateContent {
        lines = List.copyOf(lines);
    }
}
