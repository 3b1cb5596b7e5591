package org.eaihub.erp.numbering;

import java.util.ArrayList;
import java.util.List;

import org.eaihub.erp.common.ErpException;
import org.eaihub.erp.common.ErpMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the next number of a range inside the caller's transaction. The counter row is locked until that
 * transaction ends, so numbers are gapless among committed documents and two transactions never get the
 * same one; a rolled-back document gives its number back.
 */
@Service
public class NumberRanges {

    private final JdbcTemplate jdbc;

    public NumberRanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(NumberRangeObject object) {
        return next(object, 1).get(0);
    }

    /** The next {@code count} numbers in one go (an initial data load). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> next(NumberRangeObject object, int count) {
        NumberRangeInterval interval = object.interval();
        Long stored = jdbc.queryForObject("SELECT current_number FROM number_range WHERE range_object = ? FOR UPDATE",
                Long.class, object.name());
        long counter = stored == null ? interval.initialCounter() : stored;
        List<String> numbers = new ArrayList<>(count);
        try {
            for (int i = 0; i < count; i++) {
                counter = interval.next(counter);
                numbers.add(interval.format(counter));
            }
        } catch (NumberRangeInterval.NumberRangeExhaustedException e) {
            throw new ErpException(ErpMessage.NUMBER_RANGE_EXHAUSTED, object.name());
        }
        jdbc.update("UPDATE number_range SET current_number = ? WHERE range_object = ?", counter, object.name());
        return numbers;
    }

    /** The counter as it stands (the last number given), for tests and the operators' eyes. */
    @Transactional(readOnly = true)
    public long current(NumberRangeObject object) {
        Long counter = jdbc.queryForObject("SELECT current_number FROM number_range WHERE range_object = ?",
                Long.class, object.name());
        return counter == null ? object.interval().initialCounter() : counter;
    }
}
