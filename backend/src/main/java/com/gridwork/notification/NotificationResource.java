package com.gridwork.notification;

import com.gridwork.access.Permission.Names;
import com.gridwork.common.i18n.Messages;
import com.gridwork.common.paging.PageParams;
import com.gridwork.common.paging.PageResult;
import com.gridwork.notification.NotificationDtos.NotificationItem;
import com.gridwork.notification.NotificationDtos.NotificationSummary;
import io.quarkus.security.PermissionsAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's in-app notices: every signed-in person has their own, and sees only those. */
@Path("/api/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(Names.NOTIFICATIONS_READ)
public class NotificationResource {
    @Inject
    NotificationService notifications;

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(
            operationId = "listNotifications",
            summary = "The caller's notices, newest first",
            description = "Title and text in the language of Accept-Language. Sortable by createdAt only"
                    + " (default newest first).")
    public PageResult<NotificationItem> list(
            @QueryParam("unread") @Parameter(description = "true: only the unread ones") Boolean unread,
            @Valid @BeanParam PageParams page) {
        return notifications.list(unread, page, messages.localeOf(headers));
    }

    @GET
    @Path("/summary")
    @Operation(
            operationId = "getNotificationSummary",
            summary = "How many of the caller's notices are unread",
            description = "What the bell shows; the web app asks every minute and when its window regains focus.")
    public NotificationSummary summary() {
        return notifications.summary();
    }

    @POST
    @Path("/{id}/read")
    @Operation(
            operationId = "markNotificationRead",
            summary = "Mark one of the caller's notices read",
            description = "Anyone else's notice is a 404, as if it did not exist.")
    public NotificationItem read(@PathParam("id") long id) {
        return notifications.read(id, messages.localeOf(headers));
    }

    @POST
    @Path("/read-all")
    @Operation(
            operationId = "markAllNotificationsRead",
            summary = "Mark every notice of the caller read",
            description = "Answers the unread count left (0). Nobody else's notices change.")
    public NotificationSummary readAll() {
        return notifications.readAll();
    }
}
