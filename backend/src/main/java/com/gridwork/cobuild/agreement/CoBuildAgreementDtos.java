package com.gridwork.cobuild.agreement;

import com.gridwork.common.http.Versioned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class CoBuildAgreementDtos {
    private CoBuildAgreementDtos() {}

    @Schema(
            name = "CoBuildAgreementView",
            description = "A pairing agreement between a co-building unit and a community (结对共建协议)")
    public record CoBuildAgreementView(
            long id,
            long unitId,
            String unitName,
            long communityId,
            String communityName,
            LocalDate termFrom,
            LocalDate termTo,
            @Schema(nullable = true) LocalDate signedOn,
            CoBuildAgreementStatus status,

            @Schema(nullable = true, description = "Why it was terminated")
            String endReason,

            @Schema(nullable = true, description = "The day it was terminated or expired")
            LocalDate endedOn,

            @Schema(nullable = true, description = "The agreement this one renews")
            Long renewsId,

            @Schema(nullable = true, description = "The agreement that renews this one")
            Long renewedById,

            @Schema(nullable = true) String content,
            Instant createdAt,

            @Schema(description = "What the caller may do now (empty for readers)")
            List<AgreementAction> actions,

            long version)
            implements Versioned {}

    @Schema(name = "CoBuildAgreementCreate")
    public record CoBuildAgreementCreate(
            @NotNull @Schema(description = "An ACTIVE unit of the community's sub-district")
            Long unitId,

            @NotNull @Schema(description = "A community in your scope")
            Long communityId,

            @NotNull LocalDate termFrom,

            @NotNull @Schema(description = "Not before termFrom")
            LocalDate termTo,

            @Size(max = 2000) @Schema(examples = "每季度开展一次助老志愿服务")
            String content) {}

    @Schema(name = "CoBuildAgreementSign")
    public record CoBuildAgreementSign(
            @NotNull @Schema(description = "The day it was signed; not in the future")
            LocalDate signedOn) {}

    @Schema(name = "CoBuildAgreementTerminate")
    public record CoBuildAgreementTerminate(
            @NotBlank @Size(max = 500) @Schema(examples = "单位搬迁")
            String reason) {}

    @Schema(name = "CoBuildAgreementRenew", description = "A renewal: a new PROPOSED agreement following this one")
    public record CoBuildAgreementRenew(
            @Schema(description = "The new term's end; as long as the old term when not given")
            LocalDate termTo,

            @Size(max = 2000) @Schema(description = "The old agreement's content when not given")
            String content) {}
}
