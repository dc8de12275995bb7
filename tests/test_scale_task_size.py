"""With workers, a batch goes out as smaller tasks so that no worker waits long at the end;
its results come back as one list, in order."""

from frontwatch.scale.base import SerialExecutor, completed, submit_in_tasks, task_size


class _TwoWorkers:
    """Runs each task at once, and remembers the tasks it was given."""

    workers = 2

    def __init__(self):
        self.tasks = []

    def submit(self, fn, *args):
        self.tasks.append(args[0])
        return completed(fn(*args))

    def release_workers(self):
        return None

    def close(self):
        return None


def _words_upper(words, suffix):
    return [w.upper() + suffix for w in words]


def test_one_process_takes_whole_batches():
    assert task_size(32, SerialExecutor()) == 32
    assert task_size(1, SerialExecutor()) == 1


def test_workers_take_a_quarter_of_a_batch_at_a_time():
    assert task_size(32, _TwoWorkers()) == 8
    assert task_size(10, _TwoWorkers()) == 3  # rounded up: no article is left out of a task
    assert task_size(1, _TwoWorkers()) == 1


def test_a_batch_split_into_tasks_comes_back_whole_and_in_order():
    words = [f"w{i}" for i in range(10)]
    workers = _TwoWorkers()
    result = submit_in_tasks(workers, _words_upper, words, "!").result()
    assert result == [f"W{i}!" for i in range(10)]
    assert [len(task) for task in workers.tasks] == [3, 3, 3, 1]
    assert submit_in_tasks(SerialExecutor(), _words_upper, words, "?").result() == [f"W{i}?" for i in range(10)]
