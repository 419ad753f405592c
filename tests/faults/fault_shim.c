/* Fault injection for the fault-injection tests (tests/faults/), loaded with LD_PRELOAD into a child
 * process that runs the trainer's real code. Only files under FAULT_ROOT are touched. Every feature is
 * read from the environment at each call, so a forked child can switch it on or off.
 *
 *   FAULT_ROOT=/dir   the folder the faults apply to (required for any of the below)
 *   FAULT_FULL=/flag  while the file /flag exists the disk is "full": a write that would make a file
 *                     longer fails with ENOSPC (overwriting bytes a file already has still works, as on a
 *                     real full disk); sendfile, copy_file_range and fallocate fail the same way
 *   FAULT_SNAP=/dir   "power cut" bookkeeping: each fsync/fdatasync of a file copies the file to /dir
 *                     (same base name, replaced atomically). After SIGKILL, /dir holds every file as it
 *                     was at its last sync: what a disk keeps when the power goes (writes never synced
 *                     are dropped). Files never synced keep whatever the test put in /dir at the start.
 *                     Deleting a file deletes its copy too.
 *   FAULT_RO=/file    opening /file for writing fails with EACCES, as for a read-only file when not root
 *                     (SQLite then opens it read-only).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#define REAL(name) \
    ({ static __typeof__(&name) real_; if (!real_) real_ = (__typeof__(&name))dlsym(RTLD_NEXT, #name); real_; })

static int fd_path(int fd, char *out, size_t size) {
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, out, size - 1);
    if (n < 0) return -1;
    out[n] = 0;
    return 0;
}

static int under_root(const char *path) {
    const char *root = getenv("FAULT_ROOT");
    if (!root || !*root || !path) return 0;
    size_t len = strlen(root);
    return strncmp(path, root, len) == 0 && (path[len] == '/' || path[len] == 0);
}

static int fd_under_root(int fd) {
    char path[PATH_MAX];
    return fd_path(fd, path, sizeof path) == 0 && under_root(path);
}

static int disk_full(void) {
    const char *flag = getenv("FAULT_FULL");
    return flag && *flag && access(flag, F_OK) == 0;
}

/* would writing n bytes at off (off < 0: the current position) make the file longer on a full disk? */
static int refuse_growth(int fd, off_t off, size_t n) {
    if (n == 0 || !disk_full() || !fd_under_root(fd)) return 0;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return 0;
    if (off < 0) {
        int flags = fcntl(fd, F_GETFL);
        off = (flags >= 0 && (flags & O_APPEND)) ? st.st_size : lseek(fd, 0, SEEK_CUR);
    }
    if (off + (off_t)n <= st.st_size) return 0;
    errno = ENOSPC;
    return 1;
}

ssize_t write(int fd, const void *buf, size_t n) {
    if (refuse_growth(fd, -1, n)) return -1;
    return REAL(write)(fd, buf, n);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off) {
    if (refuse_growth(fd, off, n)) return -1;
    return REAL(pwrite)(fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off) {
    if (refuse_growth(fd, off, n)) return -1;
    return REAL(pwrite64)(fd, buf, n, off);
}

static size_t iov_len(const struct iovec *iov, int count) {
    size_t total = 0;
    for (int i = 0; i < count; i++) total += iov[i].iov_len;
    return total;
}

ssize_t writev(int fd, const struct iovec *iov, int count) {
    if (refuse_growth(fd, -1, iov_len(iov, count))) return -1;
    return REAL(writev)(fd, iov, count);
}

ssize_t pwritev(int fd, const struct iovec *iov, int count, off_t off) {
    if (refuse_growth(fd, off, iov_len(iov, count))) return -1;
    return REAL(pwritev)(fd, iov, count, off);
}

ssize_t sendfile(int out, int in, off_t *off, size_t n) {
    if (refuse_growth(out, -1, n)) return -1;
    return REAL(sendfile)(out, in, off, n);
}

ssize_t sendfile64(int out, int in, off_t *off, size_t n) {
    if (refuse_growth(out, -1, n)) return -1;
    return REAL(sendfile64)(out, in, off, n);
}

ssize_t copy_file_range(int in, off_t *in_off, int out, off_t *out_off, size_t n, unsigned int flags) {
    if (refuse_growth(out, out_off ? *out_off : -1, n)) return -1;
    return REAL(copy_file_range)(in, in_off, out, out_off, n, flags);
}

int fallocate(int fd, int mode, off_t off, off_t len) {
    if (refuse_growth(fd, off, (size_t)len)) return -1;
    return REAL(fallocate)(fd, mode, off, len);
}

int posix_fallocate(int fd, off_t off, off_t len) {
    if (refuse_growth(fd, off, (size_t)len)) return ENOSPC;
    return REAL(posix_fallocate)(fd, off, len);
}

/* ---- power cut: copy a file when it is synced ---- */
static void snapshot(int fd) {
    const char *snap = getenv("FAULT_SNAP");
    char path[PATH_MAX];
    if (!snap || !*snap || fd_path(fd, path, sizeof path) != 0 || !under_root(path)) return;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char target[2 * PATH_MAX], tmp[2 * PATH_MAX + 32];
    snprintf(target, sizeof target, "%s/%s", snap, base);
    snprintf(tmp, sizeof tmp, "%s/.%s.%d.tmp", snap, base, (int)gettid());
    int in = REAL(open)(path, O_RDONLY);
    if (in < 0) return;
    int out = REAL(open)(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (out < 0) { close(in); return; }
    char buf[65536];
    ssize_t got;
    off_t at = 0;
    while ((got = pread(in, buf, sizeof buf, at)) > 0) {
        if (REAL(write)(out, buf, (size_t)got) != got) break;
        at += got;
    }
    close(in);
    close(out);
    rename(tmp, target);
}

int fsync(int fd) {
    int rc = REAL(fsync)(fd);
    if (rc == 0) snapshot(fd);
    return rc;
}

int fdatasync(int fd) {
    int rc = REAL(fdatasync)(fd);
    if (rc == 0) snapshot(fd);
    return rc;
}

/* a deleted file stays deleted after the power cut (SQLite syncs the folder after deleting a journal) */
static void forget(const char *path) {
    const char *snap = getenv("FAULT_SNAP");
    char full[PATH_MAX];
    if (!snap || !*snap || !path || !realpath(path, full) || !under_root(full)) return;
    const char *base = strrchr(full, '/');
    char target[2 * PATH_MAX];
    snprintf(target, sizeof target, "%s/%s", snap, base ? base + 1 : full);
    REAL(unlink)(target);
}

int unlink(const char *path) {
    forget(path);
    return REAL(unlink)(path);
}

int unlinkat(int dirfd, const char *path, int flags) {
    if (dirfd == AT_FDCWD || (path && path[0] == '/')) forget(path);
    return REAL(unlinkat)(dirfd, path, flags);
}

/* ---- a file that cannot be opened for writing ---- */
static int refuse_open(const char *path, int flags) {
    const char *ro = getenv("FAULT_RO");
    if (!ro || !*ro || !path || (flags & O_ACCMODE) == O_RDONLY) return 0;
    char full[PATH_MAX];
    if (!realpath(path, full) || strcmp(full, ro) != 0) return 0;
    errno = EACCES;
    return 1;
}

#define OPEN_MODE(flags) \
    mode_t mode = 0; \
    if ((flags) & (O_CREAT | O_TMPFILE)) { va_list ap; va_start(ap, flags); mode = va_arg(ap, mode_t); va_end(ap); }

int open(const char *path, int flags, ...) {
    OPEN_MODE(flags);
    if (refuse_open(path, flags)) return -1;
    return REAL(open)(path, flags, mode);
}

int open64(const char *path, int flags, ...) {
    OPEN_MODE(flags);
    if (refuse_open(path, flags)) return -1;
    return REAL(open64)(path, flags, mode);
}

int openat(int dirfd, const char *path, int flags, ...) {
    OPEN_MODE(flags);
    if (refuse_open(path, flags)) return -1;
    return REAL(openat)(dirfd, path, flags, mode);
}

int openat64(int dirfd, const char *path, int flags, ...) {
    OPEN_MODE(flags);
    if (refuse_open(path, flags)) return -1;
    return REAL(openat64)(dirfd, path, flags, mode);
}
