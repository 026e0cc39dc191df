package cn.kaoping.evaluation.rest.rulebook;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A 规则试算 request: a draft rulebook in the format of a published version, and the evaluation months to re-score.
 *
 * @param rulebook the draft (as {@code POST /api/v1/rulebook/versions} takes it); validated like a publication
 * @param from     the first evaluation month, e.g. 2026-01
 * @param to       the last evaluation month, inclusive
 */
public record WhatIfRequest(
        @Schema(implementation = cn.kaoping.contracts.evaluation.RulebookContent.class) JsonNode rulebook,
        @Schema(example = "2026-01") String from,
        @Schema(example = "2026-12") String to) {
}
