package cn.kaoping.publicity.list;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.publicity.MonthlyListPublished;
import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.publicity.db.Database;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.outbox.Outbox;
import cn.kaoping.web.problem.ConflictException;
import cn.kaoping.web.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Monthly lists: live, published versions, and the publication itself (P1, P2). */
@ApplicationScoped
public class MonthlyLists {

    private final Database database;
    private final LiveLists live;
    private final PublishedLists published;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    public MonthlyLists(Database database, LiveLists live, PublishedLists published, Outbox outbox) {
        this.database = database;
        this.live = live;
        this.published = published;
        this.outbox = outbox;
    }

    public MonthlyList live(YearMonth month) {
        return database.inTransaction(c -> live.compute(c, month));
    }

    /** A published version; 404 when the month has no such version. */
    public MonthlyList version(YearMonth month, int version) {
        return database.inTransaction(c -> published.find(c, month, version))
                .orElseThrow(() -> new NotFoundException("monthlyList.versionNotFound", month.toString(), version));
    }

    /** The given version, or the live list when {@code version} is null. */
    public MonthlyList liveOrVersion(YearMonth month, Integer version) {
        return version == null ? live(month) : version(month, version);
    }

    /** The latest published version, or empty. */
    public Optional<MonthlyList> latestPublished(YearMonth month) {
        return database.inTransaction(c -> {
            Optional<Integer> latest = published.latestVersion(c, month);
            return latest.isEmpty() ? Optional.<MonthlyList>empty() : published.find(c, month, latest.get());
        });
    }

    public Optional<Integer> latestVersion(YearMonth month) {
        return database.inTransaction(c -> published.latestVersion(c, month));
    }

    public List<PublishedLists.VersionInfo> versions(YearMonth month) {
        return database.inTransaction(c -> published.versions(c, month));
    }

    /**
     * Freezes the month's live list as its next version and, in the same transaction, puts
     * MonthlyListPublished and one RedCardIssued per red-carded officer into the outbox.
     * 409 when no file counts in the month yet.
     */
    public MonthlyList publish(YearMonth month, Actor actor) {
        MonthlyList frozen = database.inTransaction(c -> {
            MonthlyList current = live.compute(c, month);
            if (current.officers().isEmpty()) {
                throw new ConflictException("MONTHLY_LIST_EMPTY", "monthlyList.empty", month.toString());
            }
            int version = published.nextVersion(c, month);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
            MonthlyList list = new MonthlyList(month, version, now, actor.id(), current.redCardRule(),
                    current.officers(), current.units());
            published.insert(c, list);
            List<OfficerEntry> redCards = list.redCards();
            outbox.add(Db.onConnection(c), month.toString(), actor, now, new MonthlyListPublished(month, version, now,
                    list.officers().size(), list.units().size(), redCards.stream().map(OfficerEntry::officerId).toList()));
            for (OfficerEntry officer : redCards) {
                outbox.add(Db.onConnection(c), officer.officerId(), actor, now, new RedCardIssued(month, version, officer.officerId(),
                        officer.officerName(), officer.unitId(), officer.averageDeduction(), officer.filesEvaluated(),
                        officer.problemFileList().stream().map(ProblemFile::caseFileId).toList()));
            }
            return list;
        });
        outbox.flushSoon();
        return frozen;
    }
}
