"""With workers, a batch goes out in smaller tasks so that no worker waits long at the end."""

from frontwatch.scale.base import SerialExecutor, task_size


class _TwoWorkers:
    workers = 2

    def submit(self, fn, *args):
        raise AssertionError("not used")

    def close(self):
        return None


def test_one_process_takes_whole_batches():
    assert task_size(32, SerialExecutor()) == 32
    assert task_size(1, SerialExecutor()) == 1


def test_workers_take_a_quarter_of_a_batch_at_a_time():
    assert task_size(32, _TwoWorkers()) == 8
    assert task_size(10, _TwoWorkers()) == 3  # rounded up: no article is left out of a task
    assert task_size(1, _TwoWorkers()) == 1
