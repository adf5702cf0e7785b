package com.gridwork.volunteer.certificate;

import com.gridwork.common.http.ContentDisposition;
import com.gridwork.volunteer.certificate.CertificateService.Certificate;
import jakarta.ws.rs.core.Response;

/** The response of a certificate: the PDF, named after the volunteer and the number (ASCII fallback: the number). */
final class CertificateFiles {
    static final String PDF = "application/pdf";
    static final String TAG = "Volunteer certificates and hours export";
    static final String DESCRIPTION =
            "The service certificate (志愿服务证明) of the period from..to (inclusive, China Standard Time"
                    + " days; to not after today): the volunteer's identity with the ID number masked, one line per activity"
                    + " (entries and reversals netted; entries without an activity by their description) with dates and hours,"
                    + " the total, the issuer (the volunteer's sub-district and community), the number and the issue date."
                    + " CONFIRMED ledger entries only. The number is unique and sequential per sub-district and year; a reprint"
                    + " of a period whose confirmed hours are unchanged keeps its number and issue date. A4 PDF with an embedded"
                    + " subset of Noto Sans SC.";

    private CertificateFiles() {}

    static Response pdf(Certificate certificate) {
        String ascii = certificate.number().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(certificate.pdf(), PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment(
                                "志愿服务证明-" + certificate.volunteerName() + "-" + certificate.number() + ".pdf",
                                "certificate-" + ascii + ".pdf"))
                .header("X-Certificate-Number", certificate.number())
                .build();
    }
}
