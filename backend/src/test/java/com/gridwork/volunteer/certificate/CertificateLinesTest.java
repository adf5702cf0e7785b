package com.gridwork.volunteer.certificate;

import com.gridwork.volunteer.certificate.CertificateLines.LedgerRow;
import com.gridwork.volunteer.certificate.CertificateLines.ServiceLine;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateLinesTest {
    private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MAR_8 = LocalDate.of(2026, 3, 8);
    private static final LocalDate MAR_20 = LocalDate.of(2026, 3, 20);

    private static LedgerRow entry(long id, Long activity, String title, LocalDate date, long minutes) {
        return new LedgerRow(id, null, activity, title, activity == null ? null : "为老服务队", date, minutes);
    }

    private static LedgerRow reversal(
            long id, long reverses, Long activity, String title, LocalDate date, long minutes) {
        return new LedgerRow(id, reverses, activity, title, activity == null ? null : "为老服务队", date, minutes);
    }

    @Test
    void entries_of_one_activity_make_one_line_spanning_their_dates() {
        var result = CertificateLines.of(List.of(entry(1, 7L, "敬老院探访", MAR_8, 60), entry(2, 7L, "敬老院探访", MAR_1, 120)));
        assertThat(result.lines()).containsExactly(new ServiceLine("敬老院探访", "为老服务队", MAR_1, MAR_8, 180));
        assertThat(result.totalMinutes()).isEqualTo(180);
    }

    @Test
    void a_reversal_is_netted_with_its_activity_and_does_not_extend_its_dates() {
        var result = CertificateLines.of(List.of(
                entry(1, 7L, "敬老院探访", MAR_1, 120),
                entry(2, 7L, "敬老院探访", MAR_8, 90),
                reversal(3, 2, 7L, "敬老院探访", MAR_20, -90),
                entry(4, 7L, "敬老院探访", MAR_8, 60)));
        assertThat(result.lines()).containsExactly(new ServiceLine("敬老院探访", "为老服务队", MAR_1, MAR_8, 180));
        assertThat(result.totalMinutes()).isEqualTo(180);
    }

    @Test
    void a_fully_reversed_activity_is_left_out_and_not_counted() {
        var result = CertificateLines.of(List.of(
                entry(1, 7L, "敬老院探访", MAR_1, 120),
                reversal(2, 1, 7L, "敬老院探访", MAR_8, -120),
                entry(3, 8L, "垃圾分类宣传", MAR_8, 30)));
        assertThat(result.lines()).extracting(ServiceLine::title).containsExactly("垃圾分类宣传");
        assertThat(result.totalMinutes()).isEqualTo(30);
    }

    @Test
    void a_reversal_whose_entry_lies_before_the_period_yields_no_negative_line() {
        var result = CertificateLines.of(
                List.of(reversal(9, 1, 7L, "敬老院探访", MAR_1, -120), entry(3, 8L, "垃圾分类宣传", MAR_8, 30)));
        assertThat(result.lines()).extracting(ServiceLine::minutes).containsExactly(30L);
        assertThat(result.totalMinutes()).isEqualTo(30);
    }

    @Test
    void entries_without_an_activity_are_listed_one_by_one_by_description_with_their_own_reversals() {
        var result = CertificateLines.of(List.of(
                entry(1, null, "协助社区核酸登记", MAR_1, 60),
                entry(2, null, "协助社区核酸登记", MAR_8, 45),
                entry(3, null, "防汛值守", MAR_8, 240),
                reversal(4, 3, null, "防汛值守", MAR_20, -240),
                entry(5, null, "防汛值守", MAR_8, 180)));
        assertThat(result.lines())
                .containsExactly(
                        new ServiceLine("协助社区核酸登记", null, MAR_1, MAR_1, 60),
                        new ServiceLine("协助社区核酸登记", null, MAR_8, MAR_8, 45),
                        new ServiceLine("防汛值守", null, MAR_8, MAR_8, 180));
        assertThat(result.totalMinutes()).isEqualTo(285);
    }

    @Test
    void lines_are_ordered_by_date_then_title_and_an_empty_period_has_none() {
        var result = CertificateLines.of(
                List.of(entry(1, 9L, "乙", MAR_8, 60), entry(2, 8L, "甲", MAR_8, 60), entry(3, 7L, "丙", MAR_1, 60)));
        assertThat(result.lines()).extracting(ServiceLine::title).containsExactly("丙", "乙", "甲");
        assertThat(CertificateLines.of(List.of()).lines()).isEmpty();
        assertThat(CertificateLines.of(List.of()).totalMinutes()).isZero();
    }

    @Test
    void the_fingerprint_changes_with_the_certified_facts_only() {
        var lines =
                CertificateLines.of(List.of(entry(1, 7L, "敬老院探访", MAR_1, 120))).lines();
        var same =
                CertificateLines.of(List.of(entry(5, 7L, "敬老院探访", MAR_1, 120))).lines();
        var more = CertificateLines.of(List.of(entry(1, 7L, "敬老院探访", MAR_1, 120), entry(2, 7L, "敬老院探访", MAR_1, 30)))
                .lines();
        assertThat(CertificateLines.fingerprint(lines))
                .hasSize(64)
                .isEqualTo(CertificateLines.fingerprint(same))
                .isNotEqualTo(CertificateLines.fingerprint(more))
                .isNotEqualTo(CertificateLines.fingerprint(List.of()));
    }

    @Test
    void hours_show_at_most_two_decimals() {
        assertThat(ServiceHours.text(90)).isEqualTo("1.5");
        assertThat(ServiceHours.text(60)).isEqualTo("1");
        assertThat(ServiceHours.text(600)).isEqualTo("10");
        assertThat(ServiceHours.text(20)).isEqualTo("0.33");
        assertThat(ServiceHours.text(0)).isEqualTo("0");
    }
}
