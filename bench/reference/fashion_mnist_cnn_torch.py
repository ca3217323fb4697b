"""PyTorch reference for examples/FashionMnistCnn: the same network and recipe, timed per epoch on this machine.

Conv2d(1→32, 3, pad 1)-ReLU-MaxPool(2)-Conv2d(32→64, 3, pad 1)-ReLU-MaxPool(2)-Flatten-Linear(3136→128)-ReLU-Linear(128→10),
Adam(1e-3), batch 128, shuffled, cross-entropy on the logits, pixels / 255, channels first (PyTorch's layout).
Usage (the BLAS setup ../shared/peers/peers.sh gives the torch peer: OpenMP OpenBLAS, Zen kernel on AMD EPYC):
  OMP_NUM_THREADS=2 OPENBLAS_NUM_THREADS=2 OPENBLAS_CORETYPE=Zen LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-openmp \
    /usr/bin/python3 bench/reference/fashion_mnist_cnn_torch.py [--epochs N] [--threads 2] [--data ../shared/datasets/fashion-mnist]
Measured on the 2-core AMD EPYC (Zen 3): 23.8 s per epoch with that setup on 2026-11-24 (34.2 s with Debian's default pthreads
OpenBLAS), 29.0 s on 2026-12-07, each right after examples/FashionMnistCnn (19.1 s, 24.0 s).
Prints seconds per epoch (median) and the test accuracy after the last epoch.
"""
import argparse, gzip, statistics, time
import numpy as np
import torch
from torch import nn

p = argparse.ArgumentParser()
p.add_argument("--epochs", type=int, default=1)
p.add_argument("--threads", type=int, default=2)
p.add_argument("--data", default="../shared/datasets/fashion-mnist")
a = p.parse_args()
torch.set_num_threads(a.threads)
torch.manual_seed(0)

def idx(name, offset):
    with gzip.open(f"{a.data}/{name}", "rb") as f:
        return np.frombuffer(f.read(), np.uint8, offset=offset)

xtr = torch.tensor(idx("train-images-idx3-ubyte.gz", 16).reshape(-1, 1, 28, 28), dtype=torch.float32) / 255
ytr = torch.tensor(idx("train-labels-idx1-ubyte.gz", 8).astype(np.int64))
xte = torch.tensor(idx("t10k-images-idx3-ubyte.gz", 16).reshape(-1, 1, 28, 28), dtype=torch.float32) / 255
yte = torch.tensor(idx("t10k-labels-idx1-ubyte.gz", 8).astype(np.int64))

model = nn.Sequential(nn.Conv2d(1, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(),
                      nn.MaxPool2d(2), nn.Flatten(), nn.Linear(64 * 7 * 7, 128), nn.ReLU(), nn.Linear(128, 10))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()
times = []
for epoch in range(a.epochs):
    t0 = time.perf_counter()
    perm = torch.randperm(len(xtr))
    model.train()
    for i in range(0, len(xtr), 128):
        b = perm[i:i + 128]
        opt.zero_grad()
        loss = loss_fn(model(xtr[b]), ytr[b])
        loss.backward()
        opt.step()
    times.append(time.perf_counter() - t0)
    print(f"epoch {epoch + 1}: {times[-1]:.1f} s", flush=True)
model.eval()
with torch.no_grad():
    acc = (model(xte).argmax(1) == yte).float().mean().item()
print(f"torch {torch.__version__}, {a.threads} threads: {statistics.median(times):.1f} s per epoch (median of {a.epochs}), test accuracy {acc:.4f}")
