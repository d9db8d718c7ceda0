//! The parts of the plan that say what it is for and what weighs on the family (issue 18):
//! the worries (danger statements) and safety goals that open the plan, the circumstances,
//! the children's own problems, and the help that neglect and violence seen call for.

use yew::prelude::*;

use super::parts::{choices, need_children};
use super::Ctx;
use crate::domain::plan::NEGLECT_HELP;
use crate::domain::{
    ChildProblem, DangerStatement, Factor, FactorArea, Id, SafetyGoal, SafetyPlan,
};
use crate::i18n::plan as texts;
use crate::i18n::T;
use crate::ui::components::select_field::SelectField;
use crate::ui::components::text_field::TextField;
use crate::ui::env;
use crate::ui::professional::components::confirm_button::ConfirmButton;
use crate::ui::professional::components::people_picker::PeoplePicker;

/// A numbered list of items with a button under it that adds one.
pub fn item_list(
    ctx: &Ctx,
    items: Html,
    add_label: T,
    add: impl Fn(&mut SafetyPlan, Id) + 'static,
) -> Html {
    let add = {
        let ctx = ctx.clone();
        let add = std::rc::Rc::new(add);
        Callback::from(move |_| {
            let (id, add) = (env::new_id(), add.clone());
            ctx.edit(move |p| add(p, id));
        })
    };
    html! {
        <>
            <ol class="items">{ items }</ol>
            <button type="button" class="button primary wide" onclick={add}>{ ctx.t(add_label) }</button>
        </>
    }
}

/// The button that removes one item: at once while it is empty, after asking once something
/// was written in it (`id` makes the question's id unique).
pub fn remove_button(
    ctx: &Ctx,
    id: Id,
    label: T,
    empty: bool,
    remove: impl Fn(&mut SafetyPlan) + 'static,
) -> Html {
    let on_remove = {
        let ctx = ctx.clone();
        let remove = std::rc::Rc::new(remove);
        Callback::from(move |()| {
            let remove = remove.clone();
            ctx.edit(move |p| remove(p))
        })
    };
    if empty {
        html! {
            <button type="button" class="button danger-outline" onclick={on_remove.reform(|_| ())}>
                { ctx.t(label) }
            </button>
        }
    } else {
        html! {
            <ConfirmButton id={format!("remove-{id}")} label={ctx.t(label)}
                question={ctx.t(T::RemoveItemConfirm)} yes={ctx.t(T::DeleteYes)} on_confirm={on_remove} />
        }
    }
}

/// One text of an item in a list of the plan: how to read and write it, and its label.
pub struct ItemText<I: 'static> {
    /// The start of the field's element id; the item's id completes it.
    pub id: &'static str,
    pub label: T,
    pub hint: Option<T>,
    pub multiline: bool,
    pub get: fn(&I) -> &str,
    pub set: fn(&mut I, String),
}

/// The text fields of one item, drawn from their descriptions: one copy of the field's code
/// for every list, not one for every field (the professional's app stays smaller).
pub fn item_texts<I: 'static>(
    ctx: &Ctx,
    item: &I,
    id: Id,
    find: fn(&mut SafetyPlan, Id) -> Option<&mut I>,
    fields: &'static [ItemText<I>],
) -> Html {
    html! {
        <>{ for fields.iter().map(|f| {
            let set = f.set;
            html! {
                <TextField id={format!("{}-{id}", f.id)} label={ctx.t(f.label)}
                    hint={f.hint.map(|h| AttrValue::from(ctx.t(h)))} multiline={f.multiline}
                    value={(f.get)(item).to_string()}
                    oninput={ctx.text(move |p, v| if let Some(i) = find(p, id) { set(i, v) })} />
            }
        }) }</>
    }
}

static DANGER_TEXTS: [ItemText<DangerStatement>; 3] = [
    ItemText {
        id: "danger-who",
        label: T::FieldWhoWorried,
        hint: None,
        multiline: true,
        get: |d| &d.who_worried,
        set: |d, v| d.who_worried = v,
    },
    ItemText {
        id: "danger-about",
        label: T::FieldWorriedAbout,
        hint: None,
        multiline: true,
        get: |d| &d.about,
        set: |d, v| d.about = v,
    },
    ItemText {
        id: "danger-if",
        label: T::FieldIfNothingChanges,
        hint: None,
        multiline: true,
        get: |d| &d.if_nothing_changes,
        set: |d, v| d.if_nothing_changes = v,
    },
];

static SAFETY_GOAL_TEXTS: [ItemText<SafetyGoal>; 2] = [
    ItemText {
        id: "safety-goal",
        label: T::FieldWhatSeen,
        hint: None,
        multiline: true,
        get: |g| &g.what_seen,
        set: |g, v| g.what_seen = v,
    },
    ItemText {
        id: "safety-goal-long",
        label: T::FieldHowLong,
        hint: Some(T::FieldHowLongHint),
        multiline: false,
        get: |g| &g.how_long,
        set: |g, v| g.how_long = v,
    },
];

static FACTOR_TEXTS: [ItemText<Factor>; 1] = [ItemText {
    id: "factor-what",
    label: T::FieldFactorWhat,
    hint: None,
    multiline: true,
    get: |f| &f.what,
    set: |f, v| f.what = v,
}];

pub fn dangers(ctx: &Ctx) -> Html {
    let find: fn(&mut SafetyPlan, Id) -> Option<&mut DangerStatement> =
        |p, id| p.dangers.iter_mut().find(|d| d.id == id);
    let items = html! { <>{ for ctx.plan.dangers.iter().map(|d| {
        let id = d.id;
        html! {
            <li class="item" key={id.to_string()}>
                { item_texts(ctx, d, id, find, &DANGER_TEXTS) }
                { remove_button(ctx, id, T::RemoveDanger,
                    [&d.who_worried, &d.about, &d.if_nothing_changes].iter().all(|t| t.trim().is_empty()),
                    move |p| p.dangers.retain(|d| d.id != id)) }
            </li>
        }
    }) }</> };
    item_list(ctx, items, T::AddDanger, |p, id| {
        p.dangers.push(DangerStatement {
            id,
            who_worried: String::new(),
            about: String::new(),
            if_nothing_changes: String::new(),
        })
    })
}

pub fn safety_goals(ctx: &Ctx) -> Html {
    let find: fn(&mut SafetyPlan, Id) -> Option<&mut SafetyGoal> =
        |p, id| p.safety_goals.iter_mut().find(|g| g.id == id);
    let items = html! { <>{ for ctx.plan.safety_goals.iter().map(|g| {
        let id = g.id;
        html! {
            <li class="item" key={id.to_string()}>
                { item_texts(ctx, g, id, find, &SAFETY_GOAL_TEXTS) }
                { remove_button(ctx, id, T::RemoveSafetyGoal,
                    g.what_seen.trim().is_empty() && g.how_long.trim().is_empty(),
                    move |p| p.safety_goals.retain(|g| g.id != id)) }
            </li>
        }
    }) }</> };
    item_list(ctx, items, T::AddSafetyGoal, |p, id| {
        p.safety_goals.push(SafetyGoal {
            id,
            what_seen: String::new(),
            how_long: String::new(),
        })
    })
}

fn factor_value(a: FactorArea) -> &'static str {
    match a {
        FactorArea::Money => "money",
        FactorArea::Housing => "housing",
        FactorArea::Work => "work",
        FactorArea::School => "school",
        FactorArea::Health => "health",
        FactorArea::Other => "other",
    }
}

pub fn factors(ctx: &Ctx) -> Html {
    let options = choices(ctx, &FactorArea::ALL, factor_value, texts::factor_area);
    let items = html! { <>{ for ctx.plan.factors.iter().map(|f| {
        let id = f.id;
        let with = move |p: &mut SafetyPlan, g: &dyn Fn(&mut Factor)| {
            if let Some(f) = p.factors.iter_mut().find(|f| f.id == id) {
                g(f);
            }
        };
        html! {
            <li class="item" key={id.to_string()}>
                <SelectField id={format!("factor-area-{id}")} label={ctx.t(T::FieldFactorArea)}
                    options={options.clone()} value={factor_value(f.area)}
                    onchange={ctx.text(move |p, v| with(p, &|f| {
                        f.area = FactorArea::ALL.into_iter().find(|a| factor_value(*a) == v).unwrap_or(FactorArea::Other);
                    }))} />
                { item_texts(ctx, f, id, |p, id| p.factors.iter_mut().find(|f| f.id == id), &FACTOR_TEXTS) }
                { remove_button(ctx, id, T::RemoveFactor, f.what.trim().is_empty(),
                    move |p| p.factors.retain(|f| f.id != id)) }
            </li>
        }
    }) }</> };
    item_list(ctx, items, T::AddFactor, |p, id| {
        p.factors.push(Factor {
            id,
            area: FactorArea::Money,
            what: String::new(),
        })
    })
}

pub fn child_problems(ctx: &Ctx) -> Html {
    if let Some(message) = need_children(ctx) {
        return message;
    }
    html! {
        { for ctx.children().into_iter().map(|(child, name)| html! {
            <TextField id={format!("child-problem-{child}")}
                label={format!("{}: {}", name, ctx.t(T::FieldChildProblem))} multiline=true
                value={ctx.plan.child_problem(child).to_string()}
                oninput={ctx.text(move |p, v| {
                    match p.child_problems.iter_mut().find(|c| c.child == child) {
                        Some(c) => c.what = v,
                        None => p.child_problems.push(ChildProblem { child, what: v }),
                    }
                })} />
        }) }
    }
}

/// Neglect, with the three forms of help checked against the goals; violence seen, with
/// each child's targeted intervention and trauma treatment looked up in the plan.
pub fn harm(ctx: &Ctx) -> Html {
    let plan = &ctx.plan;
    let planned = |list: &[crate::domain::Intervention], child: Id| {
        let names: Vec<&str> = list
            .iter()
            .filter(|i| i.for_whom.contains(&child) && !i.name.trim().is_empty())
            .map(|i| i.name.trim())
            .collect();
        if names.is_empty() {
            html! { <em class="missing">{ ctx.t(T::NothingPlannedYet) }</em> }
        } else {
            html! { names.join(", ") }
        }
    };
    html! {
        <>
            <label class="check" for="plan-neglect">
                <input type="checkbox" id="plan-neglect" checked={plan.neglect}
                    onchange={{ let ctx = ctx.clone(); Callback::from(move |_| ctx.edit(|p| p.neglect = !p.neglect)) }} />
                <span>{ ctx.t(T::FieldNeglect) }</span>
            </label>
            if plan.neglect {
                <h3>{ ctx.t(T::NeglectHelpTitle) }</h3>
                <ul class="checklist">
                    { for NEGLECT_HELP.iter().map(|area| {
                        let offered = plan.goals.iter().any(|g| g.area == *area);
                        html! {
                            <li>
                                <strong>{ ctx.t(texts::area(*area)) }</strong>{ ": " }
                                if offered { { ctx.t(T::NeglectHelpOffered) } }
                                else { <em class="missing">{ ctx.t(T::NeglectHelpMissing) }</em> }
                            </li>
                        }
                    }) }
                </ul>
            }
            if !ctx.children().is_empty() {
                <PeoplePicker id="witnessed" legend={ctx.t(T::WitnessedViolence)}
                    people={ctx.children()} selected={plan.witnessed_violence.clone()}
                    on_toggle={ctx.toggle(|p, child| crate::domain::plan::toggle(&mut p.witnessed_violence, child))} />
                <p class="hint">{ ctx.t(T::WitnessedViolenceHint) }</p>
            }
            { for plan.witnessed_violence.iter().filter_map(|child| ctx.family.person(*child)).map(|child| html! {
                <section class="item" aria-labelledby={format!("witnessed-help-{}", child.id)}>
                    <h3 id={format!("witnessed-help-{}", child.id)}>{ format!("{} {}: {}", ctx.t(T::WitnessedHelpFor), child.name, ctx.t(T::WitnessedShort)) }</h3>
                    <p><strong>{ ctx.t(T::WitnessedTargeted) }</strong>{ ": " }{ planned(&plan.interventions, child.id) }</p>
                    <p><strong>{ ctx.t(T::WitnessedTrauma) }</strong>{ ": " }{ planned(&plan.treatments, child.id) }</p>
                </section>
            }) }
        </>
    }
}
