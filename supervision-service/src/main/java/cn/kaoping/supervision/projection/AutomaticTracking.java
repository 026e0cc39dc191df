package cn.kaoping.supervision.projection;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.contracts.supervision.TrackingKind;
import cn.kaoping.contracts.supervision.TrackingReason;
import cn.kaoping.contracts.training.SelectedFile;
import cn.kaoping.contracts.training.SelectionConfirmed;
import cn.kaoping.runtime.time.BureauSettings;
import cn.kaoping.supervision.SupervisionSettings;
import cn.kaoping.supervision.tracking.acting.ItemActions;
import cn.kaoping.supervision.tracking.opening.ItemOpener;
import cn.kaoping.supervision.tracking.opening.OpenItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * S1: the items that open by themselves from the streams. Each opening has a key (kind + subject + reason
 * [+ month]); a key seen before opens nothing. Dates come from the event's time, so a replay decides the same.
 */
@ApplicationScoped
class AutomaticTracking {

    private static final Actor SYSTEM = Actor.system("supervision-tracking");

    private final ItemOpener opener;
    private final ItemActions actions;
    private final SupervisionSettings settings;
    private final BureauSettings bureau;

    AutomaticTracking(ItemOpener opener, ItemActions actions, SupervisionSettings settings, BureauSettings bureau) {
        this.opener = opener;
        this.actions = actions;
        this.settings = settings;
        this.bureau = bureau;
    }

    /** A red card: a key-person item for the officer and a key-file item for each of his problem files. */
    void redCard(Handle h, RedCardIssued e, EventEnvelope envelope) {
        LocalDate today = today(envelope);
        String month = e.month().toString();
        open(h, envelope, TrackingKind.KEY_PERSON, TrackingReason.RED_CARD, e.officerId(), e.unitId(), null, null,
                month, today.plus(settings.trackingDueAfter()),
                "KEY_PERSON|" + e.officerId() + "|RED_CARD|" + month);
        for (String fileId : e.problemFileIds()) {
            Optional<CaseFileFacts.Known> file = CaseFileFacts.find(h, fileId);
            open(h, envelope, TrackingKind.KEY_FILE, TrackingReason.RED_CARD, e.officerId(),
                    file.map(CaseFileFacts.Known::unitId).orElse(e.unitId()), fileId,
                    file.map(CaseFileFacts.Known::caseNumber).orElse(null), month, dueOf(file, today),
                    "KEY_FILE|" + fileId + "|RED_CARD|" + month);
        }
    }

    /** A ten-worst file: a key-file item. */
    void tenWorst(Handle h, SelectionConfirmed e, SelectedFile f, EventEnvelope envelope) {
        LocalDate today = today(envelope);
        Optional<CaseFileFacts.Known> file = CaseFileFacts.find(h, f.caseFileId());
        open(h, envelope, TrackingKind.KEY_FILE, TrackingReason.TEN_WORST, f.primaryOfficerId(), f.unitId(),
                f.caseFileId(), f.caseNumber(), e.period(), dueOf(file, today),
                "KEY_FILE|" + f.caseFileId() + "|TEN_WORST");
    }

    /** 拒不整改: the rectification deadline passed; the file is tracked for a month from then. */
    void refusedRectification(Handle h, RectificationOverdue e, EventEnvelope envelope) {
        LocalDate today = today(envelope);
        open(h, envelope, TrackingKind.KEY_FILE, TrackingReason.REFUSED_RECTIFICATION, e.primaryOfficerId(),
                e.unitId(), e.caseFileId(), e.caseNumber(), null, today.plus(settings.trackingDueAfter()),
                "KEY_FILE|" + e.caseFileId() + "|REFUSED_RECTIFICATION");
    }

    void fileRectified(Handle h, CaseFileClosed e, EventEnvelope envelope) {
        actions.fileRectified(h, e.caseFileId(), e.primaryOfficerId(), envelope.id(), envelope.time());
    }

    /** The file's rectification deadline while it is still to come, else a month (configurable). */
    private LocalDate dueOf(Optional<CaseFileFacts.Known> file, LocalDate today) {
        return file.filter(f -> !f.closed() && f.rectificationDueOn() != null && !f.rectificationDueOn().isBefore(today))
                .map(CaseFileFacts.Known::rectificationDueOn)
                .orElse(today.plus(settings.trackingDueAfter()));
    }

    private void open(Handle h, EventEnvelope envelope, TrackingKind kind, TrackingReason reason, String officerId,
                      String unitId, String caseFileId, String caseNumber, String period, LocalDate dueOn, String key) {
        opener.openAutomatically(h, new OpenItem(ItemOpener.itemIdFor(key), kind, reason, officerId, unitId, caseFileId,
                caseNumber, period, dueOn, key, null, SYSTEM, envelope.time(), today(envelope)));
    }

    private LocalDate today(EventEnvelope envelope) {
        return envelope.time().atZone(bureau.timeZone()).toLocalDate();
    }
}
