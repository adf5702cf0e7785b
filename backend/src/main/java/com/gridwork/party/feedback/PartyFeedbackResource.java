package com.gridwork.party.feedback;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.http.ContentDisposition;
import com.gridwork.common.openapi.ApiDefinition;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.common.time.BeijingTime;
import com.gridwork.party.feedback.PartyFeedbackDtos.PartyFeedbackEmployer;
import com.gridwork.party.feedback.PartyFeedbackDtos.PartyFeedbackRate;
import com.gridwork.party.feedback.PartyFeedbackDtos.PartyFeedbackView;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The year-end feedback to a member's employer (反馈单): forms, employers, the rating, the workbook and the PDF. */
@Path("/api/party-feedback")
@Tag(name = "Party feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.PARTY_FEEDBACK_READ)
public class PartyFeedbackResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";
    private static final String FIGURES = " " + PartyFeedbackDefinitions.FORMS + " "
            + PartyFeedbackDefinitions.CONFIRMED_MINUTES + " " + PartyFeedbackDefinitions.POSTS_HELD + " "
            + PartyFeedbackDefinitions.WISHES_REALISED;

    @Inject
    PartyFeedbackService feedback;

    @GET
    @Operation(
            operationId = "listPartyFeedback",
            summary = "The feedback forms of a year's confirmed reports in scope, with their figures",
            description = "By employer and name unless sorted (name, community, employer, confirmedHours, postsHeld,"
                    + " wishesRealised, rating)." + FIGURES)
    public PageResult<PartyFeedbackView> list(
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = "The report year; this year when absent")
                    Integer year,
            @QueryParam("areaId") @Parameter(description = "A sub-district or community in scope") Long areaId,
            @QueryParam("employer") @Parameter(description = "The employer, exactly as on the reports") String employer,
            @QueryParam("rating") PartyFeedbackRating rating,
            @Valid @BeanParam PageParams page) {
        return feedback.list(new PartyFeedbackService.Criteria(year, areaId, employer, rating), page);
    }

    @GET
    @Path("/employers")
    @Operation(
            operationId = "listPartyFeedbackEmployers",
            summary = "The employers named on a year's forms in scope, with their members and how many are rated",
            description = "Most members first. The names are the reports' employers as entered.")
    public List<PartyFeedbackEmployer> employers(
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = "The report year; this year when absent")
                    Integer year,
            @QueryParam("areaId") @Parameter(description = "A sub-district or community in scope") Long areaId) {
        return feedback.employers(year, areaId);
    }

    @GET
    @Path("/export.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "exportPartyFeedback",
            summary = "One employer's feedback workbook: a row per member of the year's forms in scope",
            description = "Columns 姓名, 报到社区, 工作单位, 单位党组织, 年度确认服务时长（小时）, 认领岗位（个）, 点亮微心愿（个）,"
                    + " 评定等次, 社区意见, 评定日期; the figures as the list shows them." + FIGURES)
    @APIResponse(
            responseCode = "200",
            description = "The workbook. " + ApiDefinition.ANY_DOWNLOAD_ACCEPT,
            headers = {
                @Header(name = "Content-Disposition", description = "attachment; filename*=UTF-8''…"),
                @Header(
                        name = "X-Total-Count",
                        description = "Members exported",
                        schema = @Schema(type = SchemaType.INTEGER))
            },
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = "The report year; this year when absent")
                    Integer year,
            @QueryParam("employer") @Parameter(required = true, description = "The employer, exactly as on the reports")
                    String employer,
            @QueryParam("areaId") @Parameter(description = "A sub-district or community in scope") Long areaId) {
        List<PartyFeedbackView> forms = feedback.ofEmployer(year, employer, areaId);
        int y = year != null ? year : BeijingTime.today().getYear();
        String name = employer.strip();
        StreamingOutput body = out -> PartyFeedbackWorkbook.write(y, name, forms, BeijingTime.ZONE, out);
        return Response.ok(body, XLSX)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment(
                                "在职党员反馈单-" + name + "-" + y + ".xlsx", "party-feedback-" + y + ".xlsx"))
                .header("X-Total-Count", forms.size())
                .build();
    }

    @GET
    @Path("/{reportId}")
    @Operation(
            operationId = "getPartyFeedback",
            summary = "A member's feedback form",
            description = "A report in scope that was never confirmed has no form (404)." + FIGURES)
    public PartyFeedbackView get(@PathParam("reportId") long reportId) {
        return feedback.get(reportId);
    }

    @PUT
    @Path("/{reportId}")
    @PermissionsAllowed(Names.PARTY_FEEDBACK_MANAGE)
    @Operation(
            operationId = "ratePartyFeedback",
            summary = "Rate a member's year and comment on it (If-Match required)",
            description = "The form's ETag is 0 before its first rating. A report in scope that was never confirmed has"
                    + " no form (404).")
    public PartyFeedbackView rate(
            @PathParam("reportId") long reportId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag from GET", required = true)
                    String ifMatch,
            @NotNull @Valid PartyFeedbackRate body) {
        return feedback.rate(reportId, ifMatch, body);
    }

    @GET
    @Path("/{reportId}/form.pdf")
    @Produces({PDF, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "getPartyFeedbackForm",
            summary = "A member's feedback form as a printable one-page PDF",
            description = "A4, Chinese, with an embedded subset of Noto Sans SC: the member, the year's figures, the"
                    + " rating (未评定 while unrated), the community's comment, its seal line and the date of the rating"
                    + " (today while unrated)." + FIGURES)
    @APIResponse(
            responseCode = "200",
            description = "The form. " + ApiDefinition.ANY_DOWNLOAD_ACCEPT,
            headers = @Header(name = "Content-Disposition", description = "attachment; filename*=UTF-8''…"),
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response form(@PathParam("reportId") long reportId) {
        PartyFeedbackView form = feedback.get(reportId);
        byte[] pdf = PartyFeedbackForm.render(
                form, form.ratedAt() == null ? BeijingTime.today() : BeijingTime.dayOf(form.ratedAt()));
        return Response.ok(pdf, PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment(
                                "在职党员反馈单-" + form.volunteer().name() + "-" + form.year() + ".pdf",
                                "party-feedback-" + reportId + ".pdf"))
                .build();
    }
}
