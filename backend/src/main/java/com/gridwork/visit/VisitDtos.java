package com.gridwork.visit;

import com.gridwork.issue.IssueStatus;
import com.gridwork.issue.IssueUrgency;
import com.gridwork.pairing.HelperKind;
import com.gridwork.visit.obligation.VisitObligationState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the visits API sends and receives. */
public final class VisitDtos {
    private VisitDtos() {}

    @Schema(name = "VisitLocation", description = "Where the device was, with the accuracy it reported")
    public record LocationInput(
            @NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(examples = "31.230416")
            BigDecimal latitude,

            @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(examples = "121.473701")
            BigDecimal longitude,

            @NotNull @Min(0) @Max(10000) @Schema(description = "Metres")
            Integer accuracyMeters) {}

    @Schema(name = "VisitAnswerInput", description = "An answer to one of the sub-district's visit questions")
    public record AnswerInput(
            @NotNull Long questionId,
            @NotNull @Size(max = 500) String answer) {}

    @Schema(
            name = "VisitFindingInput",
            description = "A problem found on the visit: it becomes an issue (channel VISIT)")
    public record FindingInput(
            @NotNull Long categoryId,
            @NotBlank @Size(max = 2000) String description,
            @NotNull IssueUrgency urgency) {}

    @Schema(name = "VisitCreate")
    public record VisitCreate(
            @NotNull Long householdId,
            @NotNull VisitMode mode,
            @NotNull VisitOutcome outcome,

            @NotNull
            @Schema(
                    description =
                            "The device's time of the visit: at most 5 minutes ahead of the server, at most 30 days old")
            Instant visitedAt,

            @Valid @Schema(description = "Exactly one of location and locationMissingReason")
            LocationInput location,

            @Schema(description = "Why there is no location (a PHONE or VIDEO visit: NOT_ON_SITE)")
            LocationMissingReason locationMissingReason,

            @Schema(description = "Active residents of the household the visitor saw")
            List<Long> memberIds,

            LivingConditions livingConditions,

            @Schema(description = "Codes of the VISIT_NEED list")
            List<String> needs,

            @Valid List<AnswerInput> answers,
            @Size(max = 2000) @Schema(nullable = true) String notes,
            @Valid @Size(max = 10) List<FindingInput> findings,

            @Size(max = 64)
            @Schema(
                    nullable = true,
                    description =
                            "The client's own id for this record: sent again by the same visitor, it answers 200 with the visit already saved")
            String clientRef,

            @Schema(
                    nullable = true,
                    description =
                            "Photos uploaded before (POST /api/photo-uploads) by the caller, unused and unexpired,"
                                    + " at most 9: they become the visit's photos")
            List<Long> photoUploadIds) {}

    @Schema(name = "VisitHouseholdRef")
    public record HouseholdRef(long id, String address, long gridId, String gridName) {}

    @Schema(name = "VisitPersonRef", description = "A staff account or a resident: id and name")
    public record PersonRef(long id, String name) {}

    @Schema(name = "VisitLocationView")
    public record LocationView(BigDecimal latitude, BigDecimal longitude, Integer accuracyMeters) {}

    @Schema(name = "VisitAnswerView")
    public record AnswerView(long questionId, String questionText, String answer) {}

    @Schema(name = "VisitPhotoView")
    public record PhotoView(long id, String contentType, int sizeBytes, Instant uploadedAt) {}

    @Schema(name = "VisitIssueView", description = "An issue the visit raised")
    public record IssueView(long id, IssueStatus status, String categoryName, String description) {}

    @Schema(name = "VisitCountedView", description = "An obligation the visit counted for, and its state now")
    public record CountedView(long obligationId, String ruleName, VisitObligationState state) {}

    @Schema(name = "VisitDetail")
    public record VisitDetail(
            long id,
            HouseholdRef household,
            PersonRef visitor,
            HelperKind visitorKind,
            @Schema(nullable = true) Long pairingId,
            VisitMode mode,
            VisitOutcome outcome,
            @Schema(description = "The device's time") Instant visitedAt,

            @Schema(description = "The visit's day in Beijing time; two visits on one day count once")
            LocalDate visitedOn,

            @Schema(description = "The server's time of receipt")
            Instant receivedAt,

            @Schema(
                    nullable = true,
                    description = "The time the device said it recorded the visit (header Device-Recorded-At), e.g."
                            + " when an offline phone saved it; shown beside receivedAt, never used by a rule")
            Instant deviceRecordedAt,

            @Schema(nullable = true) LocationView location,
            @Schema(nullable = true) LocationMissingReason locationMissingReason,
            List<PersonRef> members,
            @Schema(nullable = true) LivingConditions livingConditions,
            List<String> needs,
            List<AnswerView> answers,
            @Schema(nullable = true) String notes,
            List<PhotoView> photos,
            List<IssueView> issues,
            List<CountedView> counted,
            @Schema(nullable = true) String clientRef,
            long version) {}

    @Schema(name = "VisitSummary", description = "One visit of the visit log")
    public record VisitSummary(
            long id,
            HouseholdRef household,
            PersonRef visitor,
            HelperKind visitorKind,
            VisitMode mode,
            VisitOutcome outcome,
            Instant visitedAt,
            LocalDate visitedOn,
            Instant receivedAt,

            @Schema(description = "Whether the device gave a location")
            boolean located,

            int photoCount,
            int issueCount) {}
}
