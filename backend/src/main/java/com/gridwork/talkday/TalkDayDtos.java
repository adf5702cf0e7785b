package com.gridwork.talkday;

import com.gridwork.common.http.Versioned;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

public final class TalkDayDtos {
    /** Times of day are "HH:mm" strings, as people write them on a notice board. */
    static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

    private TalkDayDtos() {}

    @Schema(name = "TalkDaySummary")
    public record TalkDaySummary(
            long id,
            long communityId,
            String communityName,
            LocalDate date,
            @Schema(examples = "09:00") String startTime,
            @Schema(examples = "11:30") String endTime,
            @Schema(examples = "社区党群服务中心二楼会议室") String place,
            @Schema(nullable = true, examples = "老旧小区加装电梯") String topic,
            @Schema(examples = "王书记、李主任、网格员张明") String hosts,
            TalkDayStatus status,
            @Schema(nullable = true) Integer attendanceCount,
            long issueCount,
            long version) {}

    @Schema(name = "TalkDayDetail")
    public record TalkDayDetail(
            TalkDaySummary talkDay,
            @Schema(nullable = true) String attendees,
            @Schema(nullable = true) String minutes) implements Versioned {
        @Override
        public long version() {
            return talkDay.version();
        }
    }

    @Schema(name = "TalkDayCreate")
    public record TalkDayCreate(
            @NotNull Long communityId,
            @NotNull LocalDate date,
            @NotBlank @Pattern(regexp = TIME) String startTime,
            @NotBlank @Pattern(regexp = TIME) String endTime,
            @NotBlank @Size(max = 200) String place,
            @Size(max = 200) String topic,
            @NotBlank @Size(max = 500) String hosts) {}

    @Schema(name = "TalkDayUpdate")
    public record TalkDayUpdate(
            @NotNull LocalDate date,
            @NotBlank @Pattern(regexp = TIME) String startTime,
            @NotBlank @Pattern(regexp = TIME) String endTime,
            @NotBlank @Size(max = 200) String place,
            @Size(max = 200) String topic,
            @NotBlank @Size(max = 500) String hosts,
            @NotNull TalkDayStatus status,
            @Min(0) @Max(100000) Integer attendanceCount,
            @Size(max = 2000) String attendees,
            @Size(max = 20000) String minutes) {}
}
