/**
 * Event contracts: every event published on Kafka, and how it travels.
 *
 * <ul>
 *   <li>A topic = a sealed interface extending {@link cn.kaoping.contracts.DomainEvent} in
 *       {@code cn.kaoping.contracts.<domain>}, listed in {@link cn.kaoping.contracts.EventStreams#ALL}.
 *   <li>An event = a record permitted by that interface. Its CloudEvents type is
 *       {@code kaoping.<domain>.<RecordName>}, version 1, unless {@link cn.kaoping.contracts.EventType} says
 *       otherwise; a component that may be absent is {@link cn.kaoping.contracts.Nullable}.
 *   <li>On the wire: {@link cn.kaoping.contracts.EventEnvelope} (CloudEvents 1.0 JSON with the actor),
 *       written and read with {@link cn.kaoping.contracts.Json#mapper()}, on {@link cn.kaoping.contracts.Topics}.
 *   <li>Topics, one per service: {@code evaluation} 评, {@code publicity} 示, {@code training} 训,
 *       {@code incentive} 奖, {@code supervision} 督.
 *   <li>Amounts of money are {@link cn.kaoping.contracts.Money}: JSON strings with two decimals. No component
 *       names a figure banned as an indicator (fines, detentions, incidents, clearance rates;
 *       {@code ForbiddenIndicatorsTest}).
 *   <li>Adding an event: add the record to the interface, a sample to {@code SampleEvents} (tests), run
 *       {@code mvn -pl platform/contracts test -Dsnapshots.update=true} once and review the new snapshot,
 *       JSON Schema and AsyncAPI diff in git.
 * </ul>
 */
package cn.kaoping.contracts;
