package org.vetsync.application.query;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A consult item an orphan dispense may belong to, with the reasons that make it likely, strongest first. Staff see
 * the reasons so they can judge the match rather than trust a number.
 */
public record MatchSuggestion(
    String consultId,
    String patientId,
    String patientName,
    String itemId,
    BigDecimal remaining,
    int score,
    List<String> reasons)
    implements Serializable {}
