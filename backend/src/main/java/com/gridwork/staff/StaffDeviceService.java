package com.gridwork.staff;

import com.gridwork.access.AreaScope;
import com.gridwork.common.error.ApiProblem;
import com.gridwork.common.error.Violations;
import com.gridwork.common.persistence.Constraints;
import com.gridwork.staff.StaffDtos.StaffDeviceReport;
import com.gridwork.staff.StaffDtos.StaffDeviceView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * The devices of staff accounts (issue 17): a phone reports each successful sync of its own account, and an
 * administrator reads them before disabling the account, to know whether a device still holds unsent work.
 */
@ApplicationScoped
public class StaffDeviceService {
    /** A UUID in its usual text form, as the phone's {@code crypto.randomUUID()} makes it. */
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    static final int USER_AGENT_LENGTH = 255;

    @Inject
    Validator validator;

    @Inject
    AreaScope scope;

    @Inject
    StaffService staff;

    @Inject
    EntityManager em;

    /**
     * Records a successful sync of the caller's device {@code deviceId}: creates its row at its first report, and
     * sets its label, unsent count and last sync (the server's time) at every report.
     */
    public StaffDeviceView report(String deviceId, StaffDeviceReport input, String userAgent) {
        long staffId = scope.caller().staffId();
        Violations violations = Violations.of(validator.validate(input));
        String id = deviceId(deviceId);
        if (id == null) {
            violations.add("deviceId", "staff.device.id");
        }
        violations.throwIfAny();
        String label = input.label().strip();
        String agent = trimmed(userAgent);
        Callable<StaffDeviceView> write = () -> upsert(staffId, id, label, input.unsentCount(), agent);
        try {
            return QuarkusTransaction.requiringNew().call(write);
        } catch (RuntimeException e) {
            if (!Constraints.violated(e, "uq_staff_device")) {
                throw e;
            }
            // The device's first report raced another one (a retried request): that one made the row, this updates it.
            return QuarkusTransaction.requiringNew().call(write);
        }
    }

    /**
     * Forgets the caller's device {@code deviceId} when the worker signs out there, so that the office does not count
     * a phone that holds nothing of the account any more; nothing to forget is no error (a repeated sign-out).
     */
    @Transactional
    public void forget(String deviceId) {
        long staffId = scope.caller().staffId();
        String id = deviceId(deviceId);
        if (id == null) {
            throw ApiProblem.invalidField("deviceId", "staff.device.id");
        }
        StaffDevice.delete("staffId = ?1 and deviceId = ?2", staffId, id);
    }

    /** The devices of an account the caller administers (404 otherwise), the latest sync first. */
    @Transactional
    public List<StaffDeviceView> devicesOf(long staffId) {
        Staff account = staff.administered(staffId);
        return StaffDevice.<StaffDevice>find("staffId", Sort.descending("lastSyncAt", "id"), account.id).stream()
                .map(StaffDeviceService::view)
                .toList();
    }

    private StaffDeviceView upsert(long staffId, String deviceId, String label, int unsentCount, String userAgent) {
        StaffDevice device = StaffDevice.<StaffDevice>find("staffId = ?1 and deviceId = ?2", staffId, deviceId)
                .firstResult();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as DATETIME(6) keeps it
        if (device == null) {
            device = new StaffDevice();
            device.staffId = staffId;
            device.deviceId = deviceId;
            device.firstSeenAt = now;
        }
        device.label = label;
        device.unsentCount = unsentCount;
        device.userAgent = userAgent;
        device.lastSyncAt = now;
        device.persist();
        em.flush(); // a parallel first report breaks the unique key here, inside the call that retries
        return view(device);
    }

    /** The device id of the path, lower-cased; null when it is not a UUID. */
    private static String deviceId(String raw) {
        return raw != null && UUID_TEXT.matcher(raw).matches() ? raw.toLowerCase(Locale.ROOT) : null;
    }

    /** The User-Agent header as kept: stripped, at most {@value #USER_AGENT_LENGTH} characters, null when absent. */
    static String trimmed(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        String text = userAgent.strip();
        if (text.length() <= USER_AGENT_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(USER_AGENT_LENGTH - 1))
                ? USER_AGENT_LENGTH - 1
                : USER_AGENT_LENGTH;
        return text.substring(0, end);
    }

    private static StaffDeviceView view(StaffDevice d) {
        return new StaffDeviceView(d.deviceId, d.label, d.firstSeenAt, d.lastSyncAt, d.unsentCount);
    }
}
