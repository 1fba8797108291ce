// OpenSSL frees every thread's state from an atexit handler. A QThread that QThread::wait() has let go may
// still be running its thread-exit destructors at that moment (Qt's threads are detached: wait() returns
// once run() is over, before the thread itself has ended), and one of them frees the same state: a double
// free. CI saw it once in sia-admin --sandbox, on the sandbox's thread; any thread that spoke TLS (the
// long jobs, the export pipeline) can meet it. Asking OpenSSL, before anything else uses it, to leave its
// state to the process's end removes the race; the memory goes with the process anyway.
#pragma once

namespace sia {

void leaveOpenSslCleanupToTheProcessExit();

} // namespace sia
