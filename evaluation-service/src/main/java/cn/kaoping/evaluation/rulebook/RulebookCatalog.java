package cn.kaoping.evaluation.rulebook;

import cn.kaoping.domain.DomainException;
import cn.kaoping.evaluation.domain.ErrorCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The published rulebook versions, as the aggregates see them (an injected resource of their command
 * handlers). Which version scores a file: the one in force on the file's closing date, recorded when the
 * file is registered and used for its whole evaluation (deadlines, penalties, both cards, objections), so
 * that a later version never changes a file already registered (E7).
 */
public interface RulebookCatalog {

    /**
     * The version in force on a date: the latest effectiveFrom on or before it (among equal dates, the
     * version published last); empty before the first version.
     */
    Optional<Rulebook> findInForceOn(LocalDate date);

    /**
     * The version in force on a date.
     *
     * @throws DomainException (invalid input) {@link ErrorCode#NO_RULEBOOK_IN_FORCE} (field {@code date}) when none was
     */
    default Rulebook inForceOn(LocalDate date) {
        return findInForceOn(date)
                .orElseThrow(() -> DomainException.invalidField(ErrorCode.NO_RULEBOOK_IN_FORCE, "date", date));
    }

    /** A version by id. */
    Optional<Rulebook> version(String versionId);

    /** Every version, in the order they were published. */
    List<Rulebook> versions();
}
