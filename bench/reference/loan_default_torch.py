# Reference for examples/LoanDefault on exactly its splits: PyTorch 1.13 MLPs and scikit-learn 1.2.1 models with the
# example's features (the four derived columns) and preprocessing (median imputation + missing indicators, Yeo-Johnson,
# one-hot), on the training / test rows of Dendrite's TrainTestSplit.Split(table, testSize: 0.2, seed, stratify:
# "Status") for seeds 42, 0, 1, 2, 7. loan_default_splits.json holds each seed's training rows in Dendrite's order (the
# first 80% fit, the last 20% validate, as the example); the test rows are the rest. The test
# tests/Dendrite.Tests/Repository/ReferenceSplitTests.cs checks the file against TrainTestSplit.
# Each MLP: BCE-with-logits, AdamW, early stopping on the validation loss (patience 15, best weights restored).
# Run: /usr/bin/python3 bench/reference/loan_default_torch.py  (one thread; ~5 minutes on a busy 2-core machine)
# Measured 2026-11-23, test accuracy / ROC-AUC at threshold 0.5:
#   64-32 d0.3 b32 (the example's former recipe)  42: 0.7980 / 0.8515  0: 0.7991 / 0.8611  1: 0.7991 / 0.8416  2: 0.7924 / 0.8410  7: 0.7957 / 0.8381
#   64-32 d0.3 b64 wd1e-2 ReduceLROnPlateau      42: 0.7935 / 0.8479  0: 0.7991 / 0.8617  1: 0.7912 / 0.8395  2: 0.7935 / 0.8406  7: 0.7980 / 0.8411
#   128-64 BatchNorm d0.4 b64 wd1e-2              42: 0.8002 / 0.8512  0: 0.7991 / 0.8618  1: 0.7924 / 0.8448  2: 0.7823 / 0.8419  7: 0.7924 / 0.8375
#   64-32 d0.3 b32, mean of 5 seeds               42: 0.7924 / 0.8522  0: 0.7980 / 0.8610  1: 0.8002 / 0.8450  2: 0.7957 / 0.8451  7: 0.7991 / 0.8404
#   entity embeddings (ordinal codes → Embedding) 42: 0.7924 / 0.8476  0: 0.7957 / 0.8570  1: 0.7924 / 0.8400  2: 0.8002 / 0.8463  7: 0.8036 / 0.8345
#   refit on all training rows (1.25 × best epochs) 42: 0.7946 / 0.8548  0: 0.7935 / 0.8642  1: 0.7980 / 0.8442  2: 0.7912 / 0.8451  7: 0.7912 / 0.8373
#   logistic regression (no hidden layer)         42: 0.7890 / 0.8396  0: 0.8058 / 0.8606  1: 0.7980 / 0.8369  2: 0.8013 / 0.8401  7: 0.7890 / 0.8385
#   HistGradientBoostingClassifier                42: 0.7845 / 0.8376  0: 0.8013 / 0.8488  1: 0.7890 / 0.8337  2: 0.7856 / 0.8253  7: 0.7733 / 0.8103
# No recipe reaches the 0.82 accuracy on the seed-42 split; the best ROC-AUC there is 0.8548.
import json, os, numpy as np, pandas as pd, torch, warnings
warnings.filterwarnings('ignore')
torch.set_num_threads(1)
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder, PowerTransformer, OrdinalEncoder
from sklearn.metrics import roc_auc_score, accuracy_score
from sklearn.ensemble import HistGradientBoostingClassifier

here = os.path.dirname(os.path.abspath(__file__))
df = pd.read_csv(os.path.join(here, '../../datasets/credit_data.csv'), keep_default_na=False, na_values=[''])
y = (df.Status == "bad").astype(int).values
X = df.drop(columns="Status")
X["LoanToValue"] = X.Amount / X.Price.replace(0, np.nan); X["AmountPerMonth"] = X.Amount / X.Time.replace(0, np.nan)
X["FreeIncome"] = X.Income - X.Expenses; X["DebtToIncome"] = X.Debt / X.Income.replace(0, np.nan)
cat = ['Home', 'Marital', 'Records', 'Job']; num = [c for c in X.columns if c not in cat]
splits = {seed: np.array(rows) for seed, rows in json.load(open(os.path.join(here, 'loan_default_splits.json'))).items()}

def pre(encoder=None):
    encoder = encoder or OneHotEncoder(handle_unknown='ignore')
    return ColumnTransformer([('num', make_pipeline(SimpleImputer(strategy='median', add_indicator=True), PowerTransformer()), num),
                              ('cat', make_pipeline(SimpleImputer(strategy='most_frequent'), encoder), cat)])

def mlp(d, hidden, drop, bn):
    layers, w = [], d
    for h in hidden:
        layers += [torch.nn.Linear(w, h)] + ([torch.nn.BatchNorm1d(h)] if bn else []) + [torch.nn.ReLU(), torch.nn.Dropout(drop)]; w = h
    return torch.nn.Sequential(*layers, torch.nn.Linear(w, 1))

class Embedded(torch.nn.Module):
    """Numeric features as they are, each category code through its own Embedding (width min(8, (levels + 1) // 2))."""
    def __init__(self, dnum, levels, hidden, drop, bn):
        super().__init__(); self.dnum = dnum
        self.embs = torch.nn.ModuleList([torch.nn.Embedding(n, min(8, (n + 1) // 2)) for n in levels])
        self.body = mlp(dnum + sum(e.embedding_dim for e in self.embs), hidden, drop, bn)
    def forward(self, x):
        codes = x[:, self.dnum:].long()
        return self.body(torch.cat([x[:, :self.dnum]] + [e(codes[:, i]) for i, e in enumerate(self.embs)], 1))

def train(net, Xf, yf, Xv, yv, seed, lr=1e-3, wd=0.0, batch=32, patience=15, plateau=False, fixed=None):
    """AdamW with early stopping on the validation loss (best weights restored), or `fixed` epochs; returns (net, best epochs)."""
    opt = torch.optim.AdamW(net.parameters(), lr=lr, weight_decay=wd)
    sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, factor=0.5, patience=5) if plateau else None
    xf, yf = torch.tensor(Xf, dtype=torch.float32), torch.tensor(yf, dtype=torch.float32)[:, None]
    xv, yv = torch.tensor(Xv, dtype=torch.float32), torch.tensor(yv, dtype=torch.float32)[:, None]
    lossf, g = torch.nn.BCEWithLogitsLoss(), torch.Generator().manual_seed(seed)
    best, state, wait = 1e9, None, 0
    for e in range(200):
        net.train(); perm = torch.randperm(len(xf), generator=g)
        for i in range(0, len(xf), batch):
            idx = perm[i:i + batch]; opt.zero_grad(); lossf(net(xf[idx]), yf[idx]).backward(); opt.step()
        net.eval()
        with torch.no_grad(): vl = lossf(net(xv), yv).item()
        if sched: sched.step(vl)
        if fixed is not None:
            if e + 1 >= fixed: return net, e + 1
            continue
        if vl < best - 1e-4: best, state, wait = vl, {k: v.clone() for k, v in net.state_dict().items()}, 0
        else:
            wait += 1
            if wait >= patience: break
    net.load_state_dict(state); net.eval(); return net, e + 1 - patience

def predict(net, X):
    with torch.no_grad(): return torch.sigmoid(net(torch.tensor(X, dtype=torch.float32))).numpy()[:, 0]

def fit_predict(Xtr, ytr, Xte, seed, hidden=(64, 32), drop=0.3, bn=False, ens=1, refit=False, emb=False, **kw):
    n = int(np.ceil(len(Xtr) * 0.8))  # the last 20% of the training rows validate, as in the example
    if emb:
        p = pre(OrdinalEncoder(handle_unknown='use_encoded_value', unknown_value=-1)).fit(Xtr.iloc[:n])
        Xf, Xv, Xt = p.transform(Xtr.iloc[:n]), p.transform(Xtr.iloc[n:]), p.transform(Xte)
        dnum = Xf.shape[1] - len(cat); levels = [len(c) + 1 for c in p.named_transformers_['cat'][-1].categories_]
        for Z in (Xf, Xv, Xt): Z[:, dnum:] = np.where(Z[:, dnum:] < 0, np.array(levels) - 1, Z[:, dnum:])  # unknown → the last code
        torch.manual_seed(seed)
        return predict(train(Embedded(dnum, levels, hidden, drop, bn), Xf, ytr[:n], Xv, ytr[n:], seed, **kw)[0], Xt)
    p = pre().fit(Xtr); Xf, Xv, Xt = p.transform(Xtr.iloc[:n]), p.transform(Xtr.iloc[n:]), p.transform(Xte)
    out = []
    for k in range(ens):
        torch.manual_seed(seed + k)
        net, best = train(mlp(Xf.shape[1], hidden, drop, bn), Xf, ytr[:n], Xv, ytr[n:], seed + k, **kw)
        if refit:  # again on every training row for 1.25 × the early-stopped epoch count
            pa = pre().fit(Xtr); Xa = pa.transform(Xtr); torch.manual_seed(seed + k)
            net, _ = train(mlp(Xa.shape[1], hidden, drop, bn), Xa, ytr, Xa[:10], ytr[:10], seed + k, fixed=max(1, round(best * 1.25)), **kw)
            out.append(predict(net, pa.transform(Xte)))
        else:
            out.append(predict(net, Xt))
    return np.mean(out, axis=0)

def hgb(Xtr, ytr, Xte, seed):
    return make_pipeline(pre(), HistGradientBoostingClassifier(random_state=0)).fit(Xtr, ytr).predict_proba(Xte)[:, 1]

recipes = {
    '64-32 d0.3 b32 (the example\'s former recipe)': dict(),
    '64-32 d0.3 b64 wd1e-2 ReduceLROnPlateau': dict(batch=64, wd=1e-2, plateau=True),
    '128-64 BatchNorm d0.4 b64 wd1e-2': dict(hidden=(128, 64), drop=0.4, bn=True, batch=64, wd=1e-2),
    '64-32 d0.3 b32, mean of 5 seeds': dict(ens=5),
    'entity embeddings (ordinal codes → Embedding)': dict(emb=True),
    'refit on all training rows (1.25 × best epochs)': dict(refit=True),
    'logistic regression (no hidden layer)': dict(hidden=(), drop=0.0, lr=1e-2),
}
for name, kw in list(recipes.items()) + [('HistGradientBoostingClassifier', None)]:
    row = []
    for seed in ['42', '0', '1', '2', '7']:
        tr = splits[seed]; te = np.setdiff1d(np.arange(len(X)), tr)
        p = hgb(X.iloc[tr], y[tr], X.iloc[te], int(seed)) if kw is None else fit_predict(X.iloc[tr], y[tr], X.iloc[te], int(seed), **kw)
        row.append('%s: %.4f / %.4f' % (seed, accuracy_score(y[te], p > 0.5), roc_auc_score(y[te], p)))
    print('%-48s %s' % (name, '  '.join(row)), flush=True)
