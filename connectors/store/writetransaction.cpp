#include "writetransaction.h"

namespace ct {

WriteTransaction::WriteTransaction(Run run)
    : m_run(std::move(run))
{
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    m_run("ROLLBACK", QStringLiteral("rolling back"));  // nothing to do if even that fails: it is over
    m_open = false;
    if (m_onRollback)
        m_onRollback();
}

StoreError WriteTransaction::begin(const char* statement, const QString& doing)
{
    StoreError e = m_run(statement, doing);
    m_open = !e.isError();
    return e;
}

StoreError WriteTransaction::commit(const QString& doing)
{
    StoreError e = m_run("COMMIT", doing);
    if (!e.isError())
        m_open = false;
    return e;
}

} // namespace ct
