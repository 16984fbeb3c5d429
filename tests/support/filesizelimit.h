// Fault injection for tests: lowers this process's file-size limit for as
// long as the object lives, the way a full disk stops a write. SIGXFSZ is
// ignored so that write() fails with EFBIG instead of killing the test.
#pragma once

#include <csignal>
#include <sys/resource.h>

namespace PromptDeck::Tests {

class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved{};
};

} // namespace PromptDeck::Tests
