package uk.ectinduction.framework.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FrameworkStatementRepository extends JpaRepository<FrameworkStatement, String> {

    List<FrameworkStatement> findByCodeInOrderByFrameworkOrder(Collection<String> codes);

    List<FrameworkStatement> findByStandardOrderByFrameworkOrder(int standard);

    List<FrameworkStatement> findAllByOrderByFrameworkOrder();
}
